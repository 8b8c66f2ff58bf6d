import { parseCalendarDate } from '@oneheart/contract'
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicCaller, testPayload, unique } from '../support/payload.ts'
import { validationMessages } from '../support/refusal.ts'

/**
 * What a coordinator really types is read into one stored form or refused with a Japanese
 * message naming the field: as a published save and as a draft save (drafts skip Payload's
 * validation, which is how these once reached the database and answered 500).
 */
describe('typed dates, times, numbers and choices', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  const created: { collection: CollectionSlug; id: number }[] = []
  let issueNumber = 0

  beforeAll(async () => {
    payload = await testPayload()
    issueNumber = 8000 + Math.floor(Math.random() * 900)
  })
  afterAll(async () => {
    for (const { collection, id } of created.reverse()) {
      await payload.delete({ collection, id }).catch(() => undefined)
      // Deleting a published record leaves a tombstone for syncing sites; the feed's own tests count them.
      await payload.delete({ collection: 'removals', where: { and: [{ kind: { equals: collection } }, { recordId: { equals: id } }] } })
    }
  })

  async function make<T extends CollectionSlug>(collection: T, data: Record<string, unknown>, draft = false) {
    const doc = await payload.create({ collection, data: data as never, draft, overrideAccess: true })
    created.push({ collection, id: doc.id as number })
    return doc as unknown as Record<string, unknown> & { id: number }
  }

  const session = (fields: Record<string, unknown>) => ({
    title: unique('催し'),
    slug: unique('typed-event'),
    sessions: [{ number: 1, venue: '公民館', ...fields }],
  })

  it.each([
    ['令和7年8月号', '2025-08'],
    ['R8.2.16', '2026-02-16'],
    ['２０２６／２／１６', '2026-02-16'],
  ])('dates an issue typed as %s', async (typed, stored) => {
    for (const draft of [false, true]) {
      const number = issueNumber++
      const issue = await make('issues', { number, title: `第${number}号`, issuedOn: typed, _status: draft ? 'draft' : 'published' }, draft)
      expect(issue.issuedOn).toBe(stored)
    }
  })

  it('refuses an unreadable issue date by name, in a draft save too, and writes nothing', async () => {
    for (const draft of [false, true]) {
      const number = issueNumber++
      const messages = await validationMessages(
        payload.create({ collection: 'issues', data: { number, title: 'x', issuedOn: '来月のはじめ', _status: draft ? 'draft' : 'published' }, draft }),
      )
      expect(messages.join()).toContain('「発行日」は「令和8年2月16日」')
      expect((await payload.count({ collection: 'issues', where: { number: { equals: number } } })).totalDocs).toBe(0)
    }
  })

  it('names the 号数 and the issue that has it when a number is taken', async () => {
    const number = issueNumber++
    await make('issues', { number, title: '先に作った号', issuedOn: '2026-05', _status: 'draft' }, true)
    for (const draft of [false, true]) {
      const messages = await validationMessages(
        payload.create({ collection: 'issues', data: { number, title: '後の号', issuedOn: '2026-06', _status: draft ? 'draft' : 'published' }, draft }),
      )
      expect(messages).toContain(`号数 ${number} はすでに「先に作った号」で使われています。別の号数にしてください。`)
    }
  })

  it.each([
    [
      { date: '令和8年2月16日(月)', startTime: '9:30', endTime: '11:00' },
      { date: '2026-02-16', startTime: '09:30', endTime: '11:00' },
    ],
    [
      { date: 'R8.2.16', startTime: '９：３０', endTime: '１１時' },
      { date: '2026-02-16', startTime: '09:30', endTime: '11:00' },
    ],
    [
      { date: '2026/2/16', startTime: '10時', endTime: '10時半' },
      { date: '2026-02-16', startTime: '10:00', endTime: '10:30' },
    ],
    [
      { date: '2026/2/16', startTime: '10:00~12:00' },
      { date: '2026-02-16', startTime: '10:00', endTime: '12:00' },
    ],
    [
      { date: '2026/2/16', startTime: '10時～12時' },
      { date: '2026-02-16', startTime: '10:00', endTime: '12:00' },
    ],
    [
      { date: '2026/2/16', startTime: '午後1時から3時' },
      { date: '2026-02-16', startTime: '13:00', endTime: '15:00' },
    ],
    [{ date: '令和7年7月' }, { date: '2025-07', startTime: null, endTime: null }],
  ])('reads the session %o', async (typed, stored) => {
    for (const draft of [false, true]) {
      const event = await make('events', { ...session(typed), _status: draft ? 'draft' : 'published' }, draft)
      const saved = (event.sessions as Record<string, unknown>[])[0]!
      expect({ date: saved.date, startTime: saved.startTime ?? null, endTime: saved.endTime ?? null }).toEqual(stored)
    }
  })

  it('gives a year to a day typed without one, and spans a month-only session', async () => {
    const event = await make('events', { ...session({ date: '2月16日', startTime: '13:30' }), _status: 'published' })
    const [first] = event.sessions as { date: string; startsAt: string }[]
    const expected = parseCalendarDate('2月16日')
    expect(expected.ok && first!.date).toBe(expected.ok ? expected.value : null)
    const month = await make('events', { ...session({ date: '2025-07' }), _status: 'published' })
    const [reported] = month.sessions as { startsAt: string; endsAt: string }[]
    expect(reported!.startsAt).toBe('2025-06-30T15:00:00.000Z')
    expect(reported!.endsAt).toBe('2025-07-31T14:59:00.000Z')
  })

  it.each([
    [{ date: '2026/2/16', startTime: '朝' }, '「開始」は「9:30」「10時半」「午後1時」のように時刻を入力してください。'],
    [{ date: '2026/2/16', startTime: '10:00', endTime: '9:00' }, '終了時刻は開始時刻より後にしてください。'],
    [{ date: '2026/2/16', endTime: '12:00' }, '終了時刻だけでは載せられません。開始時刻も入力してください。'],
    [{ date: '令和8年2月16日(火)', startTime: '10:00' }, '「日付」の曜日が合いません（その日は月曜日です）。日付か曜日を確かめてください。'],
    [{ date: '2026/2/30', startTime: '10:00' }, '「日付」はありえない日付です。月と日を確かめてください。'],
  ])('refuses the session %o by name', async (typed, message) => {
    const slug = unique('typed-refused')
    const messages = await validationMessages(payload.create({ collection: 'events', data: { ...session(typed), slug, _status: 'published' } as never }))
    expect(messages).toContain(message)
    expect((await payload.count({ collection: 'events', where: { slug: { equals: slug } } })).totalDocs).toBe(0)
  })

  it('refuses in a draft save what the database could not store', async () => {
    for (const typed of [{ date: '2026/2/16', startTime: '朝' }, { date: 'いつか' }]) {
      const messages = await validationMessages(payload.create({ collection: 'events', data: { ...session(typed), _status: 'draft' } as never, draft: true }))
      expect(messages.join()).toMatch(/「(開始|日付)」/)
    }
  })

  it('takes an article kind typed in Japanese and refuses one it does not know', async () => {
    const article = await make('articles', { title: '種類を日本語で', kind: '活動報告', _status: 'draft' }, true)
    expect(article.kind).toBe('activity-report')
    for (const draft of [false, true]) {
      const messages = await validationMessages(
        payload.create({ collection: 'articles', data: { title: 'x', kind: 'ニュース', _status: draft ? 'draft' : 'published' } as never, draft }),
      )
      expect(messages.join()).toContain('「記事の種類」は次から選んでください: 活動報告・')
    }
  })

  it('reads a visit headcount with a counter and refuses one it cannot read', async () => {
    const article = await make(
      'articles',
      { title: '視察', kind: 'visit', visit: { visitors: '前橋市第2層協議体', headcount: '13名', staffCount: 2, visitedOn: '令和7年11月' }, _status: 'draft' },
      true,
    )
    expect(article.visit).toMatchObject({ headcount: 13, staffCount: 2, visitedOn: '2025-11' })
    const messages = await validationMessages(
      payload.create({ collection: 'articles', data: { title: 'x', kind: 'visit', visit: { headcount: '十三名' }, _status: 'draft' } as never, draft: true }),
    )
    expect(messages).toContain('「人数」は数字で入力してください（例: 13）。')
  })

  it('normalises a full-width phone number and explains one it cannot split', async () => {
    const { docs } = await payload.find({ collection: 'districts', limit: 1, depth: 0 })
    const base = { name: unique('電話の活動'), kind: 'salon', status: 'active', district: docs[0]!.id, _status: 'published' }
    const activity = await make('activities', { ...base, slug: unique('phone'), contact: { phone: '０２７－３２１－１３１９' }, startedOn: '令和6年11月' })
    expect(activity.contact).toMatchObject({ phone: '027-321-1319' })
    expect(activity.startedOn).toBe('2024-11')
    const messages = await validationMessages(
      payload.create({ collection: 'activities', data: { ...base, slug: unique('phone'), contact: { phone: '0273211319' } } as never }),
    )
    expect(messages).toContain('「電話番号」は「027-321-1234」のように、市外局番・市内局番・番号を区切って入力してください（全角でもかまいません）。')
  })

  it('dates an article by its issue unless told otherwise, typed dates included', async () => {
    const number = issueNumber++
    const issue = await make('issues', { number, title: `第${number}号`, issuedOn: '令和7年8月号', _status: 'draft' }, true)
    const byIssue = await make('articles', { title: '号の日付', kind: 'notice', issue: issue.id, _status: 'draft' }, true)
    expect(byIssue.publishedAt).toBe('2025-08-01T00:00:00.000Z')
    const typed = await make('articles', { title: '日付を入力', kind: 'notice', issue: issue.id, publishedAt: '令和8年2月16日', _status: 'draft' }, true)
    expect(typed.publishedAt).toBe('2026-02-16T00:00:00.000Z')
  })

  it('keeps month precision through the API and sorts the archive by date, not number', async () => {
    const older = issueNumber++ + 1000
    await make('issues', { number: older, title: '古い日付の大きな号数', issuedOn: '平成31年4月', _status: 'published' })
    const api = await publicCaller()
    expect((await api.issues.byNumber({ number: older })).issuedOn).toBe('2019-04')
    const dates: string[] = []
    let cursor: number | null = null
    do {
      const page: Awaited<ReturnType<typeof api.issues.list>> = await api.issues.list({ limit: 3, cursor })
      dates.push(...page.items.map((item) => item.issuedOn))
      cursor = page.nextCursor
    } while (cursor !== null)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(dates.at(-1)).toBe('2019-04')
  })
})
