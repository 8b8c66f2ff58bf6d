import { ensureSearchIndex, searchExecutor } from '@oneheart/schema/search'
import { NORMAL_FORM_TERM } from '@oneheart/search'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicCaller, testPayload, unique } from '../support/payload.ts'

type Result = Awaited<ReturnType<Awaited<ReturnType<typeof publicCaller>>['search']['query']>>
type Item = Result['items'][number]

const marked = (item: Item) => item.highlights.map((range) => item.snippet.slice(range.start, range.end))

/**
 * Text read from old PDFs prints small kana large, puts spaces between characters and reads
 * look-alike kanji: search finds it by the clean spelling, through search.query and the real
 * index, and marks the damaged spelling in the snippet. The stored text stays as it was.
 */
describe('search reads through the damage of old PDFs', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  let api: Awaited<ReturnType<typeof publicCaller>>
  // A Latin marker makes each query's answer exactly the articles of this test.
  const marker = unique('dmg').replace(/[^a-z0-9]/g, '')
  const damagedLead = `雨にな つたら、地 域 の サ ロ ン で サ一ビスの相談会を開きます。${marker}`
  const cleanLead = `会場がいっぱいになったら、隣の部屋も使います。${marker}`
  let damaged: { id: number; slug: string }
  let clean: { id: number; slug: string }

  beforeAll(async () => {
    payload = await testPayload()
    api = await publicCaller()
    const publish = (title: string, lead: string) =>
      payload.create({ collection: 'articles', data: { title, kind: 'notice', slug: unique('damage'), lead, _status: 'published' } })
    damaged = (await publish('過去の号から（読み取り）', damagedLead)) as { id: number; slug: string }
    clean = (await publish('新しい号から', cleanLead)) as { id: number; slug: string }
  })

  afterAll(async () => {
    for (const article of [damaged, clean]) if (article) await payload.delete({ collection: 'articles', id: article.id })
  })

  const urls = async (q: string) => (await api.search.query({ q, limit: 50 })).items.map((item) => item.url)
  const mine = async (q: string) => (await urls(`${q} ${marker}`)).sort()

  it('finds なつたら by なったら, and なったら by なつたら', async () => {
    expect(await urls('なったら')).toContain(`/articles/${damaged.slug}`)
    expect(await mine('なったら')).toEqual([`/articles/${clean.slug}`, `/articles/${damaged.slug}`].sort())
    expect(await mine('なつたら')).toEqual([`/articles/${clean.slug}`, `/articles/${damaged.slug}`].sort())
  })

  it('finds spaced-out text by the word, typed whole or with spaces, and a look-alike by the katakana', async () => {
    expect(await urls('地域のサロン')).toContain(`/articles/${damaged.slug}`)
    expect(await mine('地 域 の サ ロ ン')).toEqual([`/articles/${damaged.slug}`])
    expect(await mine('「地域の サロン」')).toEqual([`/articles/${damaged.slug}`])
    expect(await mine('サービス')).toEqual([`/articles/${damaged.slug}`])
  })

  it('marks the damaged spelling in the snippet and keeps the stored text as it was', async () => {
    const found = await api.search.query({ q: `地域のサロン サービス ${marker}` })
    expect(found.items).toHaveLength(1)
    expect(marked(found.items[0]!)).toEqual(['地 域 の サ ロ ン', 'サ一ビス', marker])
    const stored = await payload.findByID({ collection: 'articles', id: damaged.id, depth: 0 })
    expect(stored.lead).toBe(damagedLead)
  })

  it('does not find a word the text does not hold', async () => {
    expect(await mine('地域の喫茶')).toEqual([])
    expect(await mine('サロンで一人')).toEqual([])
  })

  it('rebuilds at start an index written in an older normal form, and only then', async () => {
    const run = await searchExecutor(payload)
    // As a row written by the code before these repairs: no normal-form term, spaces kept.
    await run({
      text: `UPDATE search_entries SET terms = array_remove(terms, $1), haystack = replace(haystack, '地域のさろん', '地 域 の さ ろ ん') WHERE doc_type = 'article' AND doc_id = $2`,
      values: [NORMAL_FORM_TERM, damaged.id],
    })
    expect(await mine('地域のサロン')).toEqual([])
    expect(await ensureSearchIndex(payload)).toBeGreaterThan(0)
    expect(await mine('地域のサロン')).toEqual([`/articles/${damaged.slug}`])
    expect(await ensureSearchIndex(payload)).toBeNull()
  })
})
