import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { handleArchiveImport } from '@oneheart/api/server'
import { ArchiveRefusal, type ImportOptions, type ImportResult, importArchivePdf, importLimits } from '@oneheart/archive'
import { type ArchiveFixtures, makeArchiveFixtures } from '@oneheart/harness/archiveFixtures'
import { searchEntries, searchExecutor } from '@oneheart/schema/search'
import { deriveApiKey } from '@oneheart/tokens'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicCaller, testPayload, unique } from '../support/payload.ts'

const squash = (text: string) => text.replace(/\s+/gu, '')

/**
 * Issue 15: PDF back issues through the one importer, on the team's own fixtures (a designer's
 * two-column issue with running heads, a word-processor export, a scan without text, damaged
 * text, and files it must refuse), checked in the real database and through real search.
 */
describe('importing PDF back issues', () => {
  let payload: Payload
  let fixtures: ArchiveFixtures
  let firstMediaId = 0
  const made: number[] = []
  // Numbers of their own, far from the demo issues', so the tests can publish.
  const numberBase = 7000 + Math.floor(Math.random() * 900)

  beforeAll(async () => {
    payload = await testPayload()
    fixtures = await makeArchiveFixtures(path.join(tmpdir(), 'oneheart-archive-fixtures'))
    firstMediaId = ((await payload.find({ collection: 'media', sort: '-id', limit: 1, depth: 0 })).docs[0]?.id ?? 0) + 1
  }, 300_000)

  // Other tests count the demo issues and follow the change feed: leave nothing behind.
  afterAll(async () => {
    if (!payload) return
    if (made.length > 0) {
      const articles = await payload.find({
        collection: 'articles',
        where: { issue: { in: made } },
        pagination: false,
        depth: 0,
        draft: true,
        overrideAccess: true,
        select: { title: true },
      })
      await payload.delete({ collection: 'articles', where: { issue: { in: made } }, overrideAccess: true })
      await payload.delete({ collection: 'issues', where: { id: { in: made } }, overrideAccess: true })
      await payload.delete({ collection: 'removals', where: { recordId: { in: [...made, ...articles.docs.map((doc) => doc.id)] } }, overrideAccess: true })
    }
    await payload.delete({ collection: 'media', where: { id: { greater_than_equal: firstMediaId } }, overrideAccess: true })
  })

  async function importFile(file: string | Uint8Array, options: Partial<ImportOptions> = {}): Promise<ImportResult> {
    const bytes = typeof file === 'string' ? await readFile(file) : file
    const result = await importArchivePdf({ payload, user: null }, bytes, {
      fileName: typeof file === 'string' ? path.basename(file) : 'bytes.pdf',
      ...options,
    })
    if (result.issue && result.status === 'imported' && !made.includes(result.issue.id)) made.push(result.issue.id)
    return result
  }

  /** Everything an import writes: a refused or failed one must leave each as it was. */
  async function footprint() {
    const count = async (collection: 'issues' | 'articles' | 'media') => (await payload.count({ collection, overrideAccess: true })).totalDocs
    return {
      issues: await count('issues'),
      articles: await count('articles'),
      media: await count('media'),
      search: await searchEntries.size(await searchExecutor(payload)),
      files: readdirSync(process.env.MEDIA_DIR!).length,
    }
  }

  const search = async (q: string) => (await (await publicCaller()).search.query({ q, limit: 50 })).items

  it('reads a two-column issue column by column, without its running heads, and finds its date, number and articles', async () => {
    const result = await importFile(fixtures.twoColumn.path, { dryRun: true })
    expect(result).toMatchObject({ status: 'imported', dryRun: true, pages: 4, ocrPages: 0 })
    const preview = result.preview!
    expect(preview.issuedOn).toBe(fixtures.twoColumn.issuedOn)
    expect(preview.number).toBe(fixtures.twoColumn.number)
    const text = squash(preview.pages.map((page) => page.text).join(''))
    // The sentence the layout broke between the foot of the left column and the top of the right.
    expect(text).toContain(squash(fixtures.twoColumn.columnBreakPhrase))
    for (const phrase of fixtures.twoColumn.phrases) expect(text).toContain(squash(phrase))
    // Page 1's masthead prints the title and number itself; the header repeated above pages 2–4 is gone.
    for (const page of preview.pages.slice(1)) {
      expect(squash(page.text)).not.toContain(squash(fixtures.twoColumn.runningHeader[0]!))
      for (const folio of fixtures.twoColumn.pageNumbers) expect(page.text.split('\n').map((line) => line.trim())).not.toContain(folio.trim())
    }
    expect(preview.greeting).toMatch(/^みなさま、こんにちは。/u)
    const titles = preview.articles.map((article) => [squash(article.title), article.page])
    for (const article of fixtures.twoColumn.articles) expect(titles).toContainEqual([squash(article.title), article.page])
    expect(preview.articles.find((article) => article.title.includes('話し合い'))?.kind).toBe('meeting-summary')
    // Nothing was written by a dry run.
    expect(
      (await payload.find({ collection: 'issues', where: { 'archive.sourceHash': { exists: true } }, draft: true, overrideAccess: true })).docs.filter((doc) =>
        made.includes(doc.id),
      ),
    ).toEqual([])
  })

  it('writes the issue with its pages, thumbnails, original PDF and articles, publishes them and makes them searchable', async () => {
    const result = await importFile(fixtures.twoColumn.path, { publish: true, number: numberBase })
    expect(result).toMatchObject({ status: 'imported', pages: 4, ocrPages: 0, issue: { number: numberBase, issuedOn: '2025-08' } })
    expect(result.articles).toBeGreaterThanOrEqual(fixtures.twoColumn.articles.length)
    const issue = await payload.findByID({ collection: 'issues', id: result.issue!.id, depth: 1, overrideAccess: false })
    expect(issue._status).toBe('published')
    expect(issue.archive?.pages?.map((page) => page.number)).toEqual([1, 2, 3, 4])
    for (const page of issue.archive!.pages!) {
      expect(page.ocr).toBe(false)
      expect(typeof page.thumbnail === 'object' && page.thumbnail?.mimeType).toBe('image/png')
    }
    expect(typeof issue.pdf === 'object' && issue.pdf?.mimeType).toBe('application/pdf')
    const articles = await payload.find({ collection: 'articles', where: { issue: { equals: issue.id } }, pagination: false, depth: 0, overrideAccess: false })
    expect(articles.totalDocs).toBe(result.articles)
    expect(articles.docs.every((article) => article._status === 'published' && article.sourcePage! >= 1)).toBe(true)
    // A phrase split by the column break is found as a phrase, in an article of this issue.
    const hits = await search(`"${fixtures.twoColumn.columnBreakPhrase}"`)
    const slugs = new Set(articles.docs.map((article) => `/articles/${article.slug}`))
    expect(hits.some((hit) => slugs.has(hit.url))).toBe(true)
  })

  it('skips the same file again, under another name too, and names the issue it became', async () => {
    const again = await importFile(fixtures.duplicate.path)
    expect(again).toMatchObject({ status: 'skipped', issue: { id: made[0], number: numberBase } })
    expect(again.reason).toContain('すでに')
  })

  it('imports a file once when two imports of it run at the same moment', async () => {
    const bytes = await readFile(fixtures.singleColumn.path)
    const [first, second] = await Promise.all([importFile(bytes, { number: numberBase + 1 }), importFile(bytes, { number: numberBase + 1 })])
    expect([first.status, second.status].sort()).toEqual(['imported', 'skipped'])
    expect(first.issue!.id).toBe(second.issue!.id)
    const copies = await payload.find({ collection: 'issues', where: { number: { equals: numberBase + 1 } }, draft: true, overrideAccess: true })
    expect(copies.totalDocs).toBe(1)
    // No date printed in a number: imported as a draft that says what it lacked.
    expect(first.warnings.concat(second.warnings).join('')).not.toContain('発行日が紙面から見つかりませんでした')
  })

  it('reads a scanned issue with OCR, records how sure it was, and makes a word from it searchable', async () => {
    const result = await importFile(fixtures.scanned.path, { publish: true, number: numberBase + 2, issuedOn: '2025-08' })
    expect(result).toMatchObject({ status: 'imported', pages: 2, ocrPages: 2 })
    const issue = await payload.findByID({ collection: 'issues', id: result.issue!.id, depth: 0, overrideAccess: true })
    for (const page of issue.archive!.pages!) {
      expect(page.ocr).toBe(true)
      expect(page.confidence).toBeGreaterThan(50)
      expect(page.needsReview).toBe(page.confidence! < importLimits().reviewBelow)
      // Tesseract spaces Japanese words apart; the stored text has none of those spaces.
      expect(page.text).not.toMatch(/[ぁ-んァ-ン一-龥] [ぁ-んァ-ン一-龥]/u)
    }
    const articleUrls = new Set(
      (await payload.find({ collection: 'articles', where: { issue: { equals: issue.id } }, pagination: false, depth: 0 })).docs.map(
        (article) => `/articles/${article.slug}`,
      ),
    )
    const word = fixtures.scanned.phrases[0]!
    expect((await search(word)).some((hit) => articleUrls.has(hit.url))).toBe(true)
  }, 120_000)

  it('finds damaged text by its right spelling: なったら finds なつたら', async () => {
    const result = await importFile(fixtures.damaged.path, { publish: true, number: numberBase + 3 })
    expect(result.status).toBe('imported')
    const urls = new Set(
      (await payload.find({ collection: 'articles', where: { issue: { equals: result.issue!.id } }, pagination: false, depth: 0 })).docs.map(
        (article) => `/articles/${article.slug}`,
      ),
    )
    // With a second word only this story has: alone, a word as common as きょう ranks it past the first page.
    for (const { clean } of fixtures.damaged.damage) {
      expect(
        (await search(`${clean} ゆず`)).some((hit) => urls.has(hit.url)),
        clean,
      ).toBe(true)
    }
    // The stored text is the original as read: the damage is repaired for search only.
    const issue = await payload.findByID({ collection: 'issues', id: result.issue!.id, depth: 0, overrideAccess: true })
    expect(issue.archive!.pages![0]!.text).toContain('なつたら')
  })

  it('refuses what it cannot take, in Japanese with the right status, and leaves nothing behind', async () => {
    const before = await footprint()
    const refusalOf = (work: Promise<unknown>) =>
      work.then(
        () => null,
        (error) => (error instanceof ArchiveRefusal ? { status: error.status, reason: error.reason } : { status: 0, reason: String(error) }),
      )
    expect(await refusalOf(importFile(fixtures.broken.path))).toMatchObject({ status: 422, reason: expect.stringContaining('壊れて') })
    expect(await refusalOf(importFile(fixtures.encrypted.path))).toMatchObject({ status: 422, reason: expect.stringContaining('パスワード') })
    expect(await refusalOf(importFile(fixtures.notPdf.path))).toMatchObject({ status: 415, reason: expect.stringContaining('PDFファイルではありません') })
    expect(await refusalOf(importFile(fixtures.tooManyPages.path))).toMatchObject({ status: 413, reason: expect.stringContaining('41ページ') })
    expect(await refusalOf(importFile(new Uint8Array()))).toMatchObject({ status: 400 })
    const small = importArchivePdf({ payload, user: null, limits: { ...importLimits(), maxBytes: 1000 } }, await readFile(fixtures.singleColumn.path), {
      fileName: 'big.pdf',
    })
    expect(await refusalOf(small)).toMatchObject({ status: 413, reason: expect.stringContaining('大きすぎます') })
    // Refused inside the transaction, after the PDF and thumbnails were stored: all of it goes,
    // files included. (A copy with a trailing comment is another file to the importer.)
    const taken = (await payload.find({ collection: 'issues', where: { number: { less_than: 7000 } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    const fresh = Buffer.concat([await readFile(fixtures.singleColumn.path), Buffer.from('\n% another scan of the same issue\n')])
    expect(await refusalOf(importFile(fresh, { number: taken.number! }))).toMatchObject({
      status: 422,
      reason: expect.stringContaining(`号数 ${taken.number}`),
    })
    expect(await footprint()).toEqual(before)
  })
})

describe('POST /api/archive/import', () => {
  let payload: Payload
  let fixtures: ArchiveFixtures
  const keys = { writer: '', reader: '' }

  beforeAll(async () => {
    payload = await testPayload()
    fixtures = await makeArchiveFixtures(path.join(tmpdir(), 'oneheart-archive-fixtures'))
    const owner = await payload.create({
      collection: 'users',
      data: { email: `${unique('archive-tool')}@example.jp`, password: 'archive-tool-password', name: '取込 道具', role: 'editor' },
    })
    for (const [name, scopes] of [
      ['writer', ['write']],
      ['reader', ['read:drafts']],
    ] as const) {
      const record = await payload.create({ collection: 'api-keys', data: { name: unique(`取り込み-${name}`), owner: owner.id, scopes: [...scopes] } })
      keys[name] = deriveApiKey(payload.secret, record.id, record.salt!)
    }
  }, 300_000)

  async function post(fields: Record<string, string | Blob>, headers: Record<string, string> = { authorization: `Bearer ${keys.writer}` }) {
    const form = new FormData()
    for (const [name, value] of Object.entries(fields)) form.append(name, value)
    const response = await handleArchiveImport(new Request('http://localhost/api/archive/import', { method: 'POST', body: form, headers }), payload)
    return { status: response.status, body: (await response.json()) as ImportResult }
  }
  const pdf = async (file: string) => new File([await readFile(file)], path.basename(file), { type: 'application/pdf' })

  it('answers 401 and 403 before reading anything', async () => {
    expect((await post({}, {})).status).toBe(401)
    expect((await post({}, { authorization: 'Bearer oh_1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' })).status).toBe(401)
    const forbidden = await post({ file: await pdf(fixtures.singleColumn.path) }, { authorization: `Bearer ${keys.reader}` })
    expect(forbidden).toMatchObject({ status: 403, body: { status: 'failed', reason: expect.stringContaining('管理者と編集者') } })
  })

  it('answers 400, 415 and 422 with a Japanese reason', async () => {
    expect(await post({})).toMatchObject({ status: 400, body: { status: 'failed', reason: expect.stringContaining('「file」') } })
    const single = await pdf(fixtures.singleColumn.path)
    expect(await post({ file: single, issuedOn: '来月' })).toMatchObject({ status: 400, body: { reason: expect.stringContaining('発行日「来月」') } })
    expect(await post({ file: single, publish: 'yes' })).toMatchObject({ status: 400, body: { reason: expect.stringContaining('publish') } })
    expect(await post({ file: single, articles: '{' })).toMatchObject({ status: 400 })
    expect(await post({ file: await pdf(fixtures.notPdf.path) })).toMatchObject({ status: 415 })
    expect(await post({ file: await pdf(fixtures.encrypted.path) })).toMatchObject({ status: 422, body: { reason: expect.stringContaining('パスワード') } })
    expect(await post({ file: await pdf(fixtures.tooManyPages.path) })).toMatchObject({ status: 413 })
    const notMultipart = await handleArchiveImport(
      new Request('http://localhost/api/archive/import', {
        method: 'POST',
        body: '{}',
        headers: { authorization: `Bearer ${keys.writer}`, 'content-type': 'application/json' },
      }),
      payload,
    )
    expect(notMultipart.status).toBe(415)
  })

  it('answers a dry run with what it read, typed dates included, and writes nothing', async () => {
    const answer = await post({ file: await pdf(fixtures.singleColumn.path), dryRun: 'true', issuedOn: '令和6年3月', number: '２０５' })
    expect(answer).toMatchObject({ status: 200, body: { status: 'imported', dryRun: true, pages: 2, preview: { issuedOn: '2024-03', number: 205 } } })
    expect(answer.body.issue).toBeUndefined()
  })
})
