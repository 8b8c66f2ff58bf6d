import { handleTrpcRequest } from '@oneheart/api/server'
import { contentVersion } from '@oneheart/db/content-changes'
import { TEST_ADMIN } from '@oneheart/harness/testEnv'
import { issues as issueSeeds } from '@oneheart/seed'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicCaller, testPayload, unique } from '../support/payload.ts'

/**
 * Public reads are kept in each process until content changes (packages/api/src/publicReads.ts).
 * What a reader or a syncing client asks must still show every published change, unpublish and
 * delete: at once in the process that made it, within 2 s in any other, and never a draft.
 */
describe('public reads cached in the process', () => {
  let payload: Payload
  let api: Awaited<ReturnType<typeof publicCaller>>
  let sql: pg.Client
  const seed = issueSeeds.find((issue) => issue.published)!
  const issueRow = async () => (await payload.find({ collection: 'issues', where: { number: { equals: seed.number } }, depth: 0 })).docs[0]!

  beforeAll(async () => {
    payload = await testPayload()
    api = await publicCaller()
    sql = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await sql.connect()
    // The first public read starts listening; caching begins once the listener stands.
    await api.districts.list()
    for (const deadline = Date.now() + 10_000; contentVersion() === null && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20))
    if (contentVersion() === null) throw new Error('the content listener did not connect within 10 s')
  })
  afterAll(async () => {
    await sql?.end()
  })

  it('is told of a change by PostgreSQL, from any connection, within 2 s; and would not see one it is not told of', async () => {
    const { title } = await api.issues.byNumber({ number: seed.number })
    try {
      // Proof that answers come from the cache: with the trigger off, a change made elsewhere is not seen.
      await sql.query('ALTER TABLE issues DISABLE TRIGGER oneheart_content_changed')
      await sql.query('UPDATE issues SET title = $1 WHERE number = $2', [`${title}（黙って変更）`, seed.number])
      expect((await api.issues.byNumber({ number: seed.number })).title).toBe(title)
      await sql.query('ALTER TABLE issues ENABLE TRIGGER oneheart_content_changed')
      // With it on, another connection's commit reaches this process.
      const changedAt = Date.now()
      await sql.query('UPDATE issues SET title = $1 WHERE number = $2', [`${title}（別の接続から）`, seed.number])
      await expect
        .poll(async () => (await api.issues.byNumber({ number: seed.number })).title, { timeout: 2_000, interval: 20 })
        .toBe(`${title}（別の接続から）`)
      expect(Date.now() - changedAt).toBeLessThan(2_000)
    } finally {
      await sql.query('ALTER TABLE issues ENABLE TRIGGER oneheart_content_changed')
      await sql.query('UPDATE issues SET title = $1 WHERE number = $2', [title, seed.number])
    }
  })

  it('shows a change published through Payload at once in the same process, and never a draft', async () => {
    const issue = await issueRow()
    const before = await api.issues.byNumber({ number: seed.number })
    try {
      await payload.update({ collection: 'issues', id: issue.id, data: { title: `${issue.title}（改）` } })
      expect((await api.issues.byNumber({ number: seed.number })).title).toBe(`${issue.title}（改）`)
      await payload.update({ collection: 'issues', id: issue.id, data: { title: `${issue.title}（下書き）` }, draft: true })
      expect((await api.issues.byNumber({ number: seed.number })).title).toBe(`${issue.title}（改）`)
      expect((await api.issues.list({ limit: 50 })).items.map((item) => item.title)).not.toContain(`${issue.title}（下書き）`)
    } finally {
      // Saved without a status over a draft, Payload would publish the draft's status: say it.
      await payload.update({ collection: 'issues', id: issue.id, data: { title: before.title, _status: 'published' } })
    }
    expect((await api.issues.byNumber({ number: seed.number })).title).toBe(before.title)
  })

  it('drops an article at once when it is unpublished and when it is deleted, from the page, the list and search', async () => {
    const slug = unique('cached')
    const word = `キャッシュ確認${Date.now().toString(36)}`
    const article = await payload.create({ collection: 'articles', data: { title: `${word}の記事`, kind: 'notice', slug, _status: 'published' } })
    const found = async () => (await api.search.query({ q: word })).items.length
    expect((await api.articles.bySlug({ slug })).title).toBe(`${word}の記事`)
    expect(await found()).toBe(1)

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    await expect(api.articles.bySlug({ slug })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await found()).toBe(0)

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect((await api.articles.bySlug({ slug })).slug).toBe(slug)
    expect(await found()).toBe(1)
    await payload.delete({ collection: 'articles', id: article.id })
    await expect(api.articles.bySlug({ slug })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await found()).toBe(0)
  })

  it('lets a shared cache keep an anonymous answer and check it with an ETag, and never a signed-in one or a refusal', async () => {
    const call = (number: number, headers: Record<string, string> = {}) =>
      handleTrpcRequest(new Request(`http://localhost/api/trpc/issues.byNumber?input=${encodeURIComponent(JSON.stringify({ number }))}`, { headers }), payload)
    const first = await call(seed.number)
    expect(first.status).toBe(200)
    const tag = first.headers.get('etag') ?? ''
    expect(tag).toMatch(/^"[\w-]{27}"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(first.headers.get('vary')?.split(/,\s*/)).toEqual(expect.arrayContaining(['Authorization', 'Cookie']))

    const unchanged = await call(seed.number, { 'if-none-match': tag })
    expect(unchanged.status).toBe(304)
    expect(await unchanged.text()).toBe('')

    const issue = await issueRow()
    try {
      await payload.update({ collection: 'issues', id: issue.id, data: { title: `${issue.title}（新しい版）` } })
      const changed = await call(seed.number, { 'if-none-match': tag })
      expect(changed.status).toBe(200)
      expect(changed.headers.get('etag')).not.toBe(tag)
    } finally {
      await payload.update({ collection: 'issues', id: issue.id, data: { title: issue.title, _status: 'published' } })
    }

    const { token } = await payload.login({ collection: 'users', data: TEST_ADMIN })
    const signedIn = await call(seed.number, { authorization: `JWT ${token}` })
    expect(signedIn.status).toBe(200)
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    expect(signedIn.headers.get('etag')).toBeNull()

    const missing = await call(9999)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('private, no-store')
  })
})
