import { searchEntries, searchExecutor } from '@oneheart/schema/search'
import { searchTableDdl } from '@oneheart/search'
import { beforeAll, describe, expect, it } from 'vitest'
import { trpcHttp } from '../support/http.ts'
import { publicCaller, testPayload, unique } from '../support/payload.ts'

/** Search follows the content: every publish, unpublish, edit and delete, through Payload's hooks. */
describe('search follows the content', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  let api: Awaited<ReturnType<typeof publicCaller>>
  beforeAll(async () => {
    payload = await testPayload()
    api = await publicCaller()
  })

  const urls = async (q: string, extra: Record<string, unknown> = {}) => (await api.search.query({ q, limit: 50, ...extra })).items.map((item) => item.url)

  it('finds the demo content by kanji, kana reading, width variant and several words', async () => {
    expect(await urls('居場所')).toContain('/articles/no1-nobuko-chanchi')
    expect(await urls('いばしょ')).toContain('/articles/no1-nobuko-chanchi')
    expect(await urls('のぶこちゃんち')).toContain('/activities/nobuko-chanchi')
    expect(await urls('ﾜﾝﾊｰﾄ')).toContain('/issues/1')
    const both = await api.search.query({ q: '助け合い　下大類' })
    expect(both.items.map((item) => item.url)).toContain('/activities/otagaisama-shimo-orui')
    for (const item of both.items) expect(item.snippet.length).toBeGreaterThan(0)
  })

  it('answers one-character queries exactly, and excludes -words', async () => {
    const one = await api.search.query({ q: '会', limit: 50 })
    expect(one.total).toBeGreaterThan(10)
    const without = await api.search.query({ q: '会 -八幡', limit: 50 })
    expect(without.total).toBeLessThan(one.total)
    expect(without.items.some((item) => item.title.includes('八幡'))).toBe(false)
  })

  it('filters by type, council, district and fiscal year, and counts each type', async () => {
    const all = await api.search.query({ q: '居場所' })
    const articles = await api.search.query({ q: '居場所', type: 'article', limit: 50 })
    expect(articles.items.every((item) => item.type === 'article')).toBe(true)
    expect(articles.total).toBe(all.counts.article)
    const inYawata = await api.search.query({ q: '居場所', council: 'yawata', limit: 50 })
    expect(inYawata.items.length).toBeGreaterThan(0)
    expect(inYawata.total).toBeLessThan(all.total)
    const inDistrict = await api.search.query({ q: '居場所', district: 'yawata', limit: 50 })
    expect(inDistrict.items.map((item) => item.url)).toContain('/activities/ibasho-yawata')
    expect(inDistrict.total).toBeLessThan(all.total)
    const fy2025 = await api.search.query({ q: '居場所', year: 2025, limit: 50 })
    expect(fy2025.items.every((item) => item.date !== null && item.date >= '2025-04-01' && item.date < '2026-04-01')).toBe(true)
    expect((await api.search.query({ q: '居場所', council: 'no-such-council' })).total).toBe(0)
  })

  it('pages through every match exactly once', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    let total = 0
    do {
      const page: Awaited<ReturnType<typeof api.search.query>> = await api.search.query({ q: '会', limit: 7, cursor })
      total = page.total
      seen.push(...page.items.map((item) => `${item.type}:${item.id}`))
      cursor = page.nextCursor
    } while (cursor)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBe(total)
  })

  it('follows publish, draft edits, unpublish and delete', async () => {
    const word = `検索${unique('x').replace(/[^a-z0-9]/g, '')}`
    const article = await payload.create({ collection: 'articles', data: { title: `${word}の記事`, kind: 'notice', slug: unique('search'), _status: 'draft' } })
    expect(await urls(word)).toEqual([])

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect(await urls(word)).toEqual([`/articles/${article.slug}`])

    // A draft beside the published article changes nothing the public sees, search included.
    await payload.update({ collection: 'articles', id: article.id, data: { title: `書き直し中の${word}`, lead: '新しい言葉ひまわり畑' }, draft: true })
    expect((await api.search.query({ q: word })).items[0]?.title).toBe(`${word}の記事`)

    await payload.update({ collection: 'articles', id: article.id, data: { title: `${word}の記事（改）`, lead: 'ひまわり畑の話', _status: 'published' } })
    expect((await api.search.query({ q: `${word} ひまわり畑` })).items.map((item) => item.title)).toEqual([`${word}の記事（改）`])

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    expect(await urls(word)).toEqual([])

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect(await urls(word)).toHaveLength(1)
    await payload.delete({ collection: 'articles', id: article.id })
    expect(await urls(word)).toEqual([])
  })

  it('indexes activities, events, councils and meetings, and follows a district rename', async () => {
    const word = `よつば${unique('d').replace(/[^a-z0-9]/g, '')}`
    const district = (await payload.find({ collection: 'districts', where: { slug: { equals: 'yawata' } }, limit: 1 })).docs[0]!
    const activity = await payload.create({
      collection: 'activities',
      data: { name: `${word}サロン`, kind: 'salon', status: 'active', district: district.id, slug: unique('act'), _status: 'published' },
    })
    expect(await urls(word, { type: 'activity' })).toEqual([`/activities/${activity.slug}`])

    const renamed = `${district.name}${word}`
    await payload.update({ collection: 'districts', id: district.id, data: { name: renamed } })
    try {
      expect(await urls(renamed, { type: 'activity' })).toContain(`/activities/${activity.slug}`)
    } finally {
      await payload.update({ collection: 'districts', id: district.id, data: { name: district.name } })
    }
    await payload.delete({ collection: 'activities', id: activity.id })
    expect(await urls(word)).toEqual([])

    for (const [q, type] of [
      ['交換会', 'event'],
      ['八幡', 'council'],
      ['住民企画会議', 'meeting'],
    ] as const) {
      expect((await api.search.query({ q, type })).total, q).toBeGreaterThan(0)
    }
  })

  it('suggests other searches when nothing matches', async () => {
    const none = await api.search.query({ q: '居場所 存在しない言葉ぬ' })
    expect(none.total).toBe(0)
    expect(none.suggestions).toContain('居場所')
  })

  it('keeps the committed table identical to the one the benchmark builds', async () => {
    const run = await searchExecutor(payload)
    const schema = `ddl_check_${Date.now()}`
    await run({ text: `CREATE SCHEMA ${schema}`, values: [] })
    try {
      for (const statement of searchTableDdl(`${schema}.search_entries`)) await run({ text: statement, values: [] })
      const describe = async (name: string) => ({
        columns: await run({
          text: `SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'search_entries' ORDER BY ordinal_position`,
          values: [name],
        }),
        indexes: (
          await run({ text: `SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = 'search_entries' ORDER BY indexname`, values: [name] })
        ).map((row) => String(row.indexdef).replace(`${name}.`, '')),
      })
      const ours = await describe('public')
      const copy = await describe(schema)
      expect(copy.indexes).toEqual(ours.indexes)
      expect(copy.columns.map((c) => ({ ...c, column_default: String(c.column_default).replace(`${schema}.`, '') }))).toEqual(
        ours.columns.map((c) => ({ ...c, column_default: String(c.column_default) })),
      )
    } finally {
      await run({ text: `DROP SCHEMA ${schema} CASCADE`, values: [] })
    }
  })
})

describe('search.query input errors', () => {
  it.each([
    ['empty', { q: '' }, 'q'],
    ['only spaces', { q: '   ' }, 'q'],
    ['10,000 characters', { q: 'あ'.repeat(10_000) }, 'q'],
    ['a number instead of text', { q: 42 }, 'q'],
    ['an unknown type', { q: '会', type: 'photo' }, 'type'],
    ['a page too large', { q: '会', limit: 500 }, 'limit'],
    ['only symbols', { q: '！？…' }, 'q'],
    ['a forged cursor', { q: '会', cursor: 'not-a-cursor' }, 'cursor'],
  ])('answers %s with 400 and a message in Japanese', async (_name, input, field) => {
    const answer = await trpcHttp('search.query', input)
    expect(answer.status).toBe(400)
    expect(answer.body.error?.message).toMatch(/[ぁ-んァ-ン一-龥]/)
    expect(Object.keys(answer.body.error?.data.fieldErrors ?? {})).toContain(field)
    expect(answer.body.error?.data.stack).toBeUndefined()
  })

  it('searches nothing but what is published', async () => {
    const index = await searchEntries.size(await searchExecutor(await testPayload()))
    const payload = await testPayload()
    let published = 0
    for (const collection of ['articles', 'issues', 'activities', 'events', 'meetings'] as const) {
      published += (await payload.count({ collection, where: { _status: { equals: 'published' } } })).totalDocs
    }
    published += (await payload.count({ collection: 'councils' })).totalDocs
    expect(index).toBe(published)
  })
})
