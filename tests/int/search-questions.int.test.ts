import { ensureSearchIndex, searchExecutor } from '@oneheart/schema/search'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicCaller, testPayload, unique } from '../support/payload.ts'

type Result = Awaited<ReturnType<Awaited<ReturnType<typeof publicCaller>>['search']['query']>>
type Item = Result['items'][number]

const marked = (text: string, ranges: Item['highlights']) => ranges.map((range) => text.slice(range.start, range.end))

/** The questions readers really ask: dates as they type them, names in kana, titles by ear. */
describe('search answers real questions', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  let api: Awaited<ReturnType<typeof publicCaller>>
  beforeAll(async () => {
    payload = await testPayload()
    api = await publicCaller()
  })

  const urls = async (q: string) => (await api.search.query({ q, limit: 50 })).items.map((item) => item.url)

  // The demo exchange meets first on 2026-12-08; the supporter course never meets that day.
  const exchange = '/events#exchange-2026'
  const course = '/events#supporter-course-2026'

  it.each(['12月8日', '１２月８日（火）', '令和8年12月8日(火)', 'R8.12.8', '2026/12/8', '2026-12-08', '12/8'])(
    'finds the event meeting on the day typed as %s, and not one meeting on other days',
    async (typed) => {
      const found = await urls(typed)
      expect(found).toContain(exchange)
      expect(found).not.toContain(course)
    },
  )

  it('finds a later session of an event by its own day', async () => {
    expect(await urls('令和9年1月19日')).toContain(exchange)
    const onCourseDay = await urls('1月14日')
    expect(onCourseDay).toContain(course)
    expect(onCourseDay).not.toContain(exchange)
  })

  it('finds the issue and the articles of a day, and everything of a month', async () => {
    // 第4号 was issued on 2026-02-16, and its articles were published that day.
    const day = await api.search.query({ q: '2月16日', limit: 50 })
    expect(day.items.map((item) => item.url)).toContain('/issues/4')
    expect(day.items.some((item) => item.type === 'article')).toBe(true)
    expect(day.items.map((item) => item.url)).not.toContain('/issues/1')
    expect(day.suggestions).toEqual([])

    // 第3号 came out in December 2025; the exchange meets in December 2026.
    const month = await urls('令和7年12月')
    expect(month).toContain('/issues/3')
    expect(month).not.toContain(exchange)
    expect(month).not.toContain('/issues/4')
    expect(await urls('12月')).toEqual(expect.arrayContaining(['/issues/3', exchange]))
  })

  it('ranks titles that name the month first, as it did when dates were words', async () => {
    const july = await api.search.query({ q: '7月', limit: 10 })
    const titled = july.items.filter((item) => item.title.includes('7月'))
    expect(titled.length).toBeGreaterThan(0)
    expect(july.items.slice(0, titled.length)).toEqual(titled)
    expect(marked(titled[0]!.title, titled[0]!.titleHighlights)).toEqual(['7月'])
  })

  it('offers no unrelated titles for a day nothing happened', async () => {
    const none = await api.search.query({ q: '1月1日' })
    expect(none.total).toBe(0)
    expect(none.suggestions).toEqual([])
  })

  it('marks a name typed in kana where the text writes it in kanji', async () => {
    const result = await api.search.query({ q: 'しもおおるい', limit: 50 })
    const activity = result.items.find((item) => item.url === '/activities/otagaisama-shimo-orui')
    expect(activity).toBeDefined()
    expect(marked(activity!.snippet, activity!.highlights)).toContain('下大類')
    expect(marked(activity!.title, activity!.titleHighlights)).toEqual(['下大類'])
    for (const item of result.items) {
      const marks = [...marked(item.snippet, item.highlights), ...marked(item.title, item.titleHighlights)]
      expect(marks.length, item.url).toBeGreaterThan(0)
      for (const mark of marks) expect(mark, item.url).toBe('下大類')
    }
  })

  it('ranks a title first whether it was typed in kanji or in kana', async () => {
    const kanji = await api.search.query({ q: '情報交換会', limit: 20 })
    const kana = await api.search.query({ q: 'じょうほうこうかんかい', limit: 20 })
    const titled = kanji.items.filter((item) => item.title.includes('情報交換会')).map((item) => item.url)
    expect(titled.length).toBeGreaterThan(0)
    expect(kana.items.slice(0, titled.length).map((item) => item.url)).toEqual(titled)
    expect(marked(kana.items[0]!.title, kana.items[0]!.titleHighlights)).toEqual(['情報交換会'])
  })

  describe("a meeting summary whose text is its meeting's", () => {
    const word = `ふくろう${unique('m').replace(/[^a-z0-9]/g, '')}`
    let meetingId = 0
    let article = { id: 0, slug: '' }
    beforeAll(async () => {
      const meeting = await payload.create({
        collection: 'meetings',
        data: {
          title: '3月 住民企画会議',
          heldOn: '2026-03-17',
          kind: 'residents-planning',
          items: [{ topic: `${word}の見守り`, outcome: '続けることにしました。' }],
          _status: 'published',
        },
      })
      meetingId = meeting.id
      // As coordinators enter it: a title and the linked meeting, no text of its own.
      const created = await payload.create({
        collection: 'articles',
        data: { title: '第1層協議体の話し合い（3月）', kind: 'meeting-summary', slug: unique('summary'), meetings: [meeting.id], _status: 'published' },
      })
      article = { id: created.id, slug: created.slug ?? '' }
    })
    afterAll(async () => {
      await payload.delete({ collection: 'articles', id: article.id })
      await payload.delete({ collection: 'meetings', id: meetingId })
    })

    it('shows a passage for every result of a broad query, the summary included', async () => {
      let cursor: string | null = null
      const seen: number[] = []
      do {
        const page: Result = await api.search.query({ q: '話し合い', limit: 50, cursor })
        for (const item of page.items) expect(item.snippet.trim(), item.url).not.toBe('')
        seen.push(...page.items.filter((item) => item.type === 'article').map((item) => item.id))
        cursor = page.nextCursor
      } while (cursor)
      expect(seen).toContain(article.id)
      expect(seen.length).toBeGreaterThan(5)
    })

    it("finds the summary by its meeting's words and day, and follows edits of the meeting", async () => {
      const found = await api.search.query({ q: word, type: 'article' })
      expect(found.items.map((item) => item.id)).toEqual([article.id])
      expect(marked(found.items[0]!.snippet, found.items[0]!.highlights)).toEqual([word])
      expect(await urls('令和8年3月17日')).toContain(`/articles/${article.slug}`)

      const renamed = `${word}つばめ`
      await payload.update({ collection: 'meetings', id: meetingId, data: { items: [{ topic: `${renamed}の見守り` }] } })
      expect((await api.search.query({ q: renamed, type: 'article' })).items.map((item) => item.id)).toEqual([article.id])
    })
  })

  it('rebuilds at start an index written before dates were indexed, and only then', async () => {
    const run = await searchExecutor(payload)
    // As an entry written by the earlier code: no date terms.
    await run({
      text: `UPDATE search_entries SET terms = array(SELECT t FROM unnest(terms) t WHERE t !~ '^(d|m|md|mm)[0-9]+$') WHERE url = '/issues/4'`,
      values: [],
    })
    expect(await urls('2月16日')).not.toContain('/issues/4')
    expect(await ensureSearchIndex(payload)).toBeGreaterThan(0)
    expect(await urls('2月16日')).toContain('/issues/4')
    expect(await ensureSearchIndex(payload)).toBeNull()
  })
})
