import { textToLexical } from '@oneheart/schema'
import { issues as issueSeeds } from '@oneheart/seed'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backIssueData, PAGE_HEIGHT, PAGE_WIDTH, pageImage, pdfOfImages } from '../support/backIssue.ts'
import { publicCaller, testPayload, unique } from '../support/payload.ts'

/**
 * Issue 15 on the public API: an issue imported from a PDF is a back issue, with its original
 * PDF (and size), each page's text and thumbnail, and its articles' page in the original; what
 * the import recorded for the editors stays out, and a draft gives nothing away.
 */
describe('back issues in the public API', () => {
  let payload: Payload
  let api: Awaited<ReturnType<typeof publicCaller>>
  const made: { issues: number[]; articles: number[]; media: number[] } = { issues: [], articles: [], media: [] }
  // Issue numbers are unique: a few in a row from a random start above the demo's.
  let nextNumber = 6000 + Math.floor(Math.random() * 900)
  let pdfBytes = 0
  let pdfId = 0
  const thumbnails: number[] = []

  beforeAll(async () => {
    payload = await testPayload()
    api = await publicCaller()
    const images = await Promise.all([1, 2, 3].map(pageImage))
    for (const [index, image] of images.entries()) {
      const media = await payload.create({
        collection: 'media',
        data: { alt: `${index + 1}ページの紙面` },
        file: { data: image, name: `${unique('page')}.png`, mimetype: 'image/png', size: image.length },
      })
      made.media.push(media.id)
      thumbnails.push(media.id)
    }
    const pdf = pdfOfImages(images)
    pdfBytes = pdf.length
    const original = await payload.create({
      collection: 'media',
      data: { alt: '元の紙面' },
      file: { data: pdf, name: `${unique('original')}.pdf`, mimetype: 'application/pdf', size: pdf.length },
    })
    made.media.push(original.id)
    pdfId = original.id
  })
  afterAll(async () => {
    for (const collection of ['articles', 'issues', 'media'] as const) {
      if (made[collection].length > 0) await payload.delete({ collection, where: { id: { in: made[collection] } } })
    }
    const all = Object.values(made).flat()
    if (all.length > 0) await payload.delete({ collection: 'removals', where: { recordId: { in: all } } })
  })

  /** A back issue of three pages, given out of order as an import might, with one article on page 2. */
  async function backIssue(status: 'published' | 'draft', marker: string) {
    const number = nextNumber++
    const pages = [
      { number: 2, text: `${marker}\n2ページの本文です。`, ocr: true, confidence: 54, needsReview: true, thumbnail: thumbnails[1]! },
      { number: 1, text: '令和7年8月号\n\nみなさまへ', ocr: false, confidence: null, needsReview: false, thumbnail: thumbnails[0]! },
      { number: 3, text: '', ocr: true, confidence: 91, needsReview: false, thumbnail: null },
    ]
    const draft = status === 'draft'
    const issue = await payload.create({
      collection: 'issues',
      data: { ...backIssueData({ number, title: `第${number}号 ${marker}`, issuedOn: '2025-08', pdf: pdfId, pages }), _status: status } as never,
      draft,
    })
    made.issues.push(issue.id)
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: `${marker} の記事`,
        kind: 'activity-report',
        issue: issue.id,
        position: 1,
        sourcePage: 2,
        blocks: [{ blockType: 'text', body: textToLexical(`${marker} の本文`) }],
        _status: status,
      } as never,
      draft,
    })
    made.articles.push(article.id)
    return { number, issue, article }
  }

  it('marks a published back issue in the list and gives its pages in order, with thumbnails and the PDF', async () => {
    const marker = unique('kako')
    const { number, article } = await backIssue('published', marker)
    const { items } = await api.issues.list({ limit: 100 })
    const listed = items.find((issue) => issue.number === number)
    expect(listed?.backIssue).toBe(true)
    const seeded = items.filter((issue) => issueSeeds.some((seed) => seed.number === issue.number))
    expect(seeded.length).toBeGreaterThan(0)
    expect(seeded.every((issue) => issue.backIssue === false)).toBe(true)

    const issue = await api.issues.byNumber({ number })
    expect(issue.backIssue).toBe(true)
    expect(issue.issuedOn).toBe('2025-08')
    expect(issue.pdfUrl).toMatch(/\/api\/media\/file\/original-.*\.pdf$/)
    expect(issue.pdfSize).toBe(pdfBytes)
    expect(issue.pages.map((page) => page.number)).toEqual([1, 2, 3])
    const [first, second, third] = issue.pages
    expect(second).toMatchObject({
      text: `${marker}\n2ページの本文です。`,
      ocr: true,
      needsReview: true,
      thumbnailWidth: PAGE_WIDTH,
      thumbnailHeight: PAGE_HEIGHT,
    })
    expect(second!.thumbnailUrl).toMatch(/\/api\/media\/file\/page-.*\.png$/)
    expect(first).toMatchObject({ ocr: false, needsReview: false })
    expect(first!.thumbnailUrl).not.toBe(second!.thumbnailUrl)
    expect(third).toMatchObject({ text: '', thumbnailUrl: null, thumbnailWidth: null })
    // The source file, its fingerprint and OCR confidence are the editors' business.
    const answer = JSON.stringify(issue)
    for (const privateField of ['sourceHash', 'sourceName', 'confidence', 'importedAt', 'sc-tsushin-']) expect(answer).not.toContain(privateField)

    expect(issue.articles.map((summary) => [summary.id, summary.sourcePage])).toEqual([[article.id, 2]])
    expect((await api.articles.bySlug({ slug: issue.articles[0]!.slug })).sourcePage).toBe(2)
    const edition = await api.editions.issue({ number })
    expect(edition.issue.pages.map((page) => page.number)).toEqual([1, 2, 3])
  })

  it('gives an issue made in One Heart no pages and its articles no source page', async () => {
    const seeded = (await api.issues.list({ limit: 100 })).items.find((issue) => issueSeeds.some((seed) => seed.number === issue.number))!
    const issue = await api.issues.byNumber({ number: seeded.number })
    expect(issue.backIssue).toBe(false)
    expect(issue.pages).toEqual([])
    expect(issue.articles.length).toBeGreaterThan(0)
    expect(issue.articles.every((article) => article.sourcePage === null)).toBe(true)
  })

  it('serves nothing of a draft back issue, and only the published pages of a back issue with a draft change', async () => {
    const hidden = unique('shitagaki')
    const { number, article } = await backIssue('draft', hidden)
    await expect(api.issues.byNumber({ number })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(api.editions.issue({ number })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(api.articles.bySlug({ slug: article.slug! })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(JSON.stringify(await api.issues.list({ limit: 100 }))).not.toContain(hidden)

    const shown = unique('kokai')
    const published = await backIssue('published', shown)
    const change = unique('henkou')
    const { archive } = await payload.findByID({ collection: 'issues', id: published.issue.id, depth: 0 })
    await payload.update({
      collection: 'issues',
      id: published.issue.id,
      data: { archive: { ...archive, pages: archive!.pages!.map((page) => ({ ...page, text: `${change} ${page.text}` })) } } as never,
      draft: true,
    })
    const latest = await payload.findByID({ collection: 'issues', id: published.issue.id, depth: 0, draft: true })
    expect(latest.archive?.pages?.[0]?.text).toContain(change)
    const issue = await api.issues.byNumber({ number: published.number })
    expect(issue.pages.find((page) => page.number === 2)?.text).toContain(shown)
    expect(JSON.stringify(issue)).not.toContain(change)
  })
})
