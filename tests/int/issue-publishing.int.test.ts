import { TEST_ADMIN } from '@oneheart/harness/testEnv'
import { relationIds } from '@oneheart/schema'
import { createNextIssue, issueChecklist, proposeNextIssue, publishLabel } from '@oneheart/schema/workflow'
import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicCaller, testPayload, unique } from '../support/payload.ts'
import { refusal } from '../support/refusal.ts'
import { rest } from '../support/rest.ts'

describe('publishing an issue with everything its articles need', () => {
  let payload: Payload
  const made: Record<'issues' | 'articles' | 'events' | 'activities' | 'media', number[]> = { issues: [], articles: [], events: [], activities: [], media: [] }

  beforeAll(async () => {
    payload = await testPayload()
  })
  // Other tests count the demo issues and follow the change feed: leave no trace behind.
  afterAll(async () => {
    for (const collection of ['articles', 'issues', 'events', 'activities', 'media'] as const) {
      if (made[collection].length > 0) await payload.delete({ collection, where: { id: { in: made[collection] } } })
    }
    const all = Object.values(made).flat()
    if (all.length > 0) await payload.delete({ collection: 'removals', where: { recordId: { in: all } } })
  })

  const isPublic = async (collection: 'issues' | 'articles' | 'events' | 'activities', id: number) =>
    (await payload.find({ collection, where: { id: { equals: id } }, overrideAccess: false, depth: 0 })).totalDocs === 1

  // Consecutive numbers from a random start: two issues of this file never share one.
  let nextNumber = 8000 + Math.floor(Math.random() * 800)
  async function draftIssue(issuedOn = '2027-04-10') {
    const number = nextNumber++
    const issue = await payload.create({ collection: 'issues', data: { number, title: `第${number}号`, issuedOn, _status: 'draft' } as never, draft: true })
    made.issues.push(issue.id)
    return issue
  }

  async function draftEvent(sessions: { number: number; date: string; venue: string }[]) {
    const event = await payload.create({
      collection: 'events',
      data: { title: unique('情報交換会'), capacity: 20, capacityScope: 'total', sessions, _status: 'draft' } as never,
      draft: true,
    })
    made.events.push(event.id)
    return event
  }

  async function announcement(issueId: number, eventIds: number[], position = 1) {
    const article = await payload.create({
      collection: 'articles',
      data: { title: unique('開催のご案内'), kind: 'event-announcement', issue: issueId, position, events: eventIds, _status: 'draft' } as never,
      draft: true,
    })
    made.articles.push(article.id)
    return article
  }

  it('publishes the draft event an announcement links to, with the issue and its articles', async () => {
    const issue = await draftIssue()
    const event = await draftEvent([{ number: 1, date: '2027-05-12', venue: '中央公民館 第1会議室' }])
    const district = (await payload.find({ collection: 'districts', limit: 1, depth: 0 })).docs[0]!
    const activity = await payload.create({
      collection: 'activities',
      data: { name: unique('新しいサロン'), kind: 'salon', district: district.id, _status: 'draft' } as never,
      draft: true,
    })
    made.activities.push(activity.id)
    const article = await announcement(issue.id, [event.id])
    await payload.update({ collection: 'articles', id: article.id, data: { activities: [activity.id] } as never, draft: true })

    const checklist = await issueChecklist(payload, issue.id)
    expect(checklist?.drafts.map((draft) => `${draft.collection}:${draft.id}`).sort()).toEqual(
      [`activities:${activity.id}`, `articles:${article.id}`, `events:${event.id}`].sort(),
    )
    expect(publishLabel(checklist!.drafts)).toBe('この号と記事1件・お知らせ1件・活動1件を公開')
    expect(checklist?.items.filter((item) => item.level === 'blocker')).toEqual([])

    await payload.update({ collection: 'issues', id: issue.id, data: { _status: 'published' } })
    for (const [collection, id] of [
      ['issues', issue.id],
      ['articles', article.id],
      ['events', event.id],
      ['activities', activity.id],
    ] as const) {
      expect(await isPublic(collection, id), `${collection} ${id}`).toBe(true)
    }
    // The site's API shows the announcement with its dates and venue, as the preview did.
    const shown = await (await publicCaller()).issues.byNumber({ number: issue.number })
    expect(shown.articles.map((a) => a.id)).toEqual([article.id])
    const publicEvent = await (await publicCaller()).events.bySlug({ slug: event.slug! })
    expect(publicEvent.sessions.map((session) => session.venue)).toEqual(['中央公民館 第1会議室'])
    expect(publicEvent.capacity).toEqual({ count: 20, per: 'total' })
    expect(publicEvent.capacityPerCouncil).toBeNull()
  })

  it('refuses with a Japanese list when an announcement has no gathering to announce, and publishes nothing', async () => {
    const issue = await draftIssue()
    const empty = await draftEvent([])
    const withEvent = await announcement(issue.id, [empty.id], 1)
    const withNone = await announcement(issue.id, [], 2)

    const failure = await refusal(payload.update({ collection: 'issues', id: issue.id, data: { _status: 'published' } }))
    expect(failure.status).toBe(400)
    expect(failure.message).toContain('この号はまだ公開できません')
    expect(failure.message).toContain(`催し「${empty.title}」に開催回（日付と会場）がありません`)
    expect(failure.message).toContain(`お知らせ「${withNone.title}」に催しがつながっていません`)
    for (const [collection, id] of [
      ['issues', issue.id],
      ['articles', withEvent.id],
      ['articles', withNone.id],
      ['events', empty.id],
    ] as const) {
      expect(await isPublic(collection, id), `${collection} ${id}`).toBe(false)
    }
  })

  it('names a linked draft that cannot be published, and publishes nothing', async () => {
    const issue = await draftIssue()
    // Drafts skip validation: an activity saved without its 地区 cannot be published.
    const activity = await payload.create({
      collection: 'activities',
      data: { name: unique('書きかけの活動'), kind: 'salon', _status: 'draft' } as never,
      draft: true,
    })
    made.activities.push(activity.id)
    const article = await payload.create({
      collection: 'articles',
      data: { title: unique('活動の紹介'), kind: 'activity-report', issue: issue.id, position: 1, activities: [activity.id], _status: 'draft' } as never,
      draft: true,
    })
    made.articles.push(article.id)
    const failure = await refusal(payload.update({ collection: 'issues', id: issue.id, data: { _status: 'published' } }))
    expect(failure.status).toBe(400)
    expect(failure.message).toContain(`活動「${activity.name}」を公開できないため`)
    for (const [collection, id] of [
      ['issues', issue.id],
      ['articles', article.id],
      ['activities', activity.id],
    ] as const)
      expect(await isPublic(collection, id)).toBe(false)
  })

  it('names what would go out wrong: past gatherings, photos described by a file name, articles without a place', async () => {
    const issue = await draftIssue('2027-06')
    const past = await draftEvent([{ number: 1, date: '2027-05-20', venue: '八幡公民館' }])
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#88aa66' } })
      .png()
      .toBuffer()
    const photo = await payload.create({
      collection: 'media',
      data: { alt: 'IMG_2041.jpg' },
      file: { data: png, name: `${unique('photo')}.png`, mimetype: 'image/png', size: png.length },
    })
    made.media.push(photo.id)
    await announcement(issue.id, [past.id], 1)
    const report = await payload.create({
      collection: 'articles',
      data: { title: unique('活動報告'), kind: 'activity-report', issue: issue.id, photos: [{ image: photo.id }], _status: 'draft' } as never,
      draft: true,
    })
    made.articles.push(report.id)

    const warnings = (await issueChecklist(payload, issue.id))!.items.filter((item) => item.level === 'warning').map((item) => item.message)
    expect(warnings).toContainEqual(expect.stringContaining(`催し「${past.title}」の開催日（最後は 2027-05-20）が、この号の発行日より前です`))
    expect(warnings).toContainEqual(expect.stringContaining('代替テキスト「IMG_2041.jpg」では'))
    expect(warnings).toContainEqual(expect.stringContaining(`記事「${report.title}」に号の中の順番がありません`))
    // Warnings do not stop publishing.
    await payload.update({ collection: 'issues', id: issue.id, data: { _status: 'published' } })
    expect(await isPublic('issues', issue.id)).toBe(true)
  })
})

describe('starting the next issue from the last one', () => {
  let payload: Payload
  const made: { issues: number[]; articles: number[] } = { issues: [], articles: [] }
  beforeAll(async () => {
    payload = await testPayload()
  })
  afterAll(async () => {
    if (made.articles.length > 0) await payload.delete({ collection: 'articles', where: { id: { in: made.articles } } })
    if (made.issues.length > 0) await payload.delete({ collection: 'issues', where: { id: { in: made.issues } } })
    await payload.delete({ collection: 'removals', where: { recordId: { in: [...made.issues, ...made.articles] } } })
  })

  it('proposes the number after the highest and a date one gap later, never in the past', async () => {
    const { docs } = await payload.find({ collection: 'issues', sort: '-number', limit: 1, depth: 0, draft: true, where: { number: { exists: true } } })
    const highest = docs[0]!
    const proposal = await proposeNextIssue(payload, new Date('2026-11-30T12:00:00+09:00'))
    expect(proposal.number).toBe(highest.number + 1)
    expect(proposal.basedOn?.id).toBe(highest.id)
    expect(proposal.issuedOn >= '2026-11').toBe(true)
    expect(proposal.issuedOn.length).toBe(highest.issuedOn.length) // a month-dated issue proposes a month
  })

  it('copies the standing notices and the meeting summary as drafts, and leaves the reports', async () => {
    const source = (await payload.find({ collection: 'issues', where: { number: { equals: 9 } }, depth: 0, draft: true })).docs[0]!
    const sourceArticles = (await payload.find({ collection: 'articles', where: { issue: { equals: source.id } }, depth: 0, draft: true, limit: 50 })).docs
    const repeating = sourceArticles.filter((article) => article.kind === 'notice' || article.kind === 'meeting-summary')
    expect(repeating.length).toBeGreaterThan(0)
    expect(sourceArticles.length).toBeGreaterThan(repeating.length)

    const editor = (await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1, depth: 0 })).docs[0]!
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } as never }, payload)
    const number = 7000 + Math.floor(Math.random() * 900)
    const issue = await createNextIssue(payload, { number, issuedOn: '2027-02', fromIssueId: source.id }, req)
    made.issues.push(issue.id)
    const copied = (await payload.find({ collection: 'articles', where: { issue: { equals: issue.id } }, depth: 0, draft: true, sort: 'position', limit: 50 }))
      .docs
    made.articles.push(...copied.map((article) => article.id))

    expect(issue).toMatchObject({
      number,
      issuedOn: '2027-02',
      title: `第${number}号`,
      showLayers: source.showLayers,
      plannedPages: source.plannedPages,
      _status: 'draft',
    })
    expect(issue.requestBox).toEqual(source.requestBox)
    expect(copied.map((article) => [article.kind, article.title]).sort()).toEqual(repeating.map((article) => [article.kind, article.title]).sort())
    expect(copied.every((article) => article._status === 'draft')).toBe(true)
    // A meeting summary is written anew from the next months' meetings; a notice keeps its words.
    for (const article of copied) {
      const original = repeating.find((candidate) => candidate.title === article.title)!
      if (article.kind === 'meeting-summary') expect(relationIds(article.meetings)).toEqual([])
      if (article.kind === 'notice') expect(article.blocks?.length).toBe(original.blocks?.length)
    }
    // The source issue still has its own articles.
    expect((await payload.find({ collection: 'articles', where: { issue: { equals: source.id } }, depth: 0, draft: true, limit: 50 })).totalDocs).toBe(
      sourceArticles.length,
    )
  })

  it('makes the next issue over HTTP from what people type, and refuses a taken number or an unreadable date in Japanese', async () => {
    const { token } = await payload.login({ collection: 'users', data: { ...TEST_ADMIN } })
    const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const number = 6000 + Math.floor(Math.random() * 900)
    const wide = String(number).replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
    const created = await rest('POST', 'issues/next', { headers, body: JSON.stringify({ number: wide, issuedOn: '令和9年2月', fromIssueId: null }) })
    expect(created.status, created.text).toBe(201)
    made.issues.push(created.json().id as number)
    expect(created.json()).toMatchObject({ number, issuedOn: '2027-02', title: `第${number}号` })

    const taken = await rest('POST', 'issues/next', { headers, body: JSON.stringify({ number, issuedOn: '2027/2/16' }) })
    expect(taken.status).toBe(400)
    expect(String(taken.json().error)).toContain(`号数 ${number} はすでに`)
    const unreadable = await rest('POST', 'issues/next', { headers, body: JSON.stringify({ number: number + 1, issuedOn: 'らいげつ' }) })
    expect(unreadable.status).toBe(400)
    expect(String(unreadable.json().error)).toContain('発行日「らいげつ」を読めませんでした')
    expect(
      (
        await rest('POST', 'issues/next', {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ number: number + 2, issuedOn: '2027-03' }),
        })
      ).status,
    ).toBe(401)
    expect((await rest('GET', `issues/${created.json().id}/checklist`)).status).toBe(401)
  })
})
