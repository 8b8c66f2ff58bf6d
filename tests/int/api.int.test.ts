import { issues as issueSeeds } from '@oneheart/seed'
import { beforeAll, describe, expect, it } from 'vitest'
import { trpcHttp } from '../support/http.ts'
import { publicCaller } from '../support/payload.ts'

const publishedSeeds = issueSeeds.filter((issue) => issue.published)
const draftSeed = issueSeeds.find((issue) => !issue.published)!

describe('tRPC API (server-side caller)', () => {
  let api: Awaited<ReturnType<typeof publicCaller>>
  beforeAll(async () => {
    api = await publicCaller()
  })

  it('lists published issues newest first and pages through them exactly once', async () => {
    const seen: number[] = []
    let cursor: number | null = null
    do {
      const page: Awaited<ReturnType<typeof api.issues.list>> = await api.issues.list({ limit: 2, cursor })
      expect(page.total).toBe(publishedSeeds.length)
      seen.push(...page.items.map((issue) => issue.number))
      cursor = page.nextCursor
    } while (cursor !== null)
    // Newest first by date (a month-dated issue sorts before the days of its month), then by number.
    const byDate = [...publishedSeeds].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || b.number - a.number)
    expect(seen).toEqual(byDate.map((issue) => issue.number))
    expect(seen).not.toContain(draftSeed.number)
  })

  it('gives an issue with its articles in printed order', async () => {
    const seed = publishedSeeds[0]!
    const issue = await api.issues.byNumber({ number: seed.number })
    expect(issue.title).toBe(seed.title)
    expect(issue.issuedOn).toBe(seed.issuedOn)
    expect(issue.articles.map((article) => article.slug)).toEqual(seed.articles.map((article) => article.slug))
  })

  it('answers NOT_FOUND for a draft issue, as for a missing one', async () => {
    await expect(api.issues.byNumber({ number: draftSeed.number })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(api.issues.byNumber({ number: 9999 })).rejects.toMatchObject({ code: 'NOT_FOUND', message: '第9999号は見つかりません。' })
  })

  it('gives an article with its parts, photos and links', async () => {
    const seed = publishedSeeds.flatMap((issue) => issue.articles).find((article) => article.kind === 'activity-report' && article.photos?.length)!
    const article = await api.articles.bySlug({ slug: seed.slug })
    expect(article.title).toBe(seed.title)
    expect(article.parts.purpose).toBe(seed.parts?.purpose ?? null)
    expect(article.photos).toHaveLength(seed.photos!.length)
    expect(article.photos[0]!.image.url).toMatch(/\/api\/media\/file\/demo-/)
    expect(article.activities.map((activity) => activity.slug)).toEqual(seed.activities ?? [])
  })

  it("gives an article's blocks in the order the editor laid them out, and month-dated issues as months", async () => {
    const seed = publishedSeeds.flatMap((issue) => issue.articles).find((article) => article.blocks?.some((block) => block.type === 'steps'))!
    const article = await api.articles.bySlug({ slug: seed.slug })
    expect(article.blocks.map((block) => block.type)).toEqual(seed.blocks!.map((block) => block.type))
    const [steps] = article.blocks
    const seedSteps = seed.blocks![0]!
    expect(steps?.type === 'steps' && steps.steps.map((step) => step.title)).toEqual(seedSteps.type === 'steps' && seedSteps.steps.map((step) => step.title))
    const box = article.blocks.find((block) => block.type === 'box')
    expect(JSON.stringify(box)).toContain('"format":1')
    const monthly = publishedSeeds.find((issue) => /^\d{4}-\d{2}$/.test(issue.issuedOn))!
    expect((await api.issues.byNumber({ number: monthly.number })).issuedOn).toBe(monthly.issuedOn)
  })

  it('filters activities by district, kind and weekday', async () => {
    const all = await api.activities.list({ limit: 100 })
    const sample = all.items[0]!
    const byDistrict = await api.activities.list({ limit: 100, district: sample.district!.slug })
    expect(byDistrict.items.length).toBeGreaterThan(0)
    expect(byDistrict.items.every((activity) => activity.district?.slug === sample.district!.slug)).toBe(true)
    const salons = await api.activities.list({ limit: 100, kind: 'salon' })
    expect(salons.items.every((activity) => activity.kind === 'salon')).toBe(true)
    const weekday = sample.schedule.weekdays[0]!
    const onDay = await api.activities.list({ limit: 100, weekday })
    expect(onDay.items.map((activity) => activity.id)).toContain(sample.id)
    expect(onDay.items.every((activity) => activity.schedule.weekdays.includes(weekday))).toBe(true)
  })

  it('lists councils with their districts', async () => {
    const councils = await api.councils.list({})
    expect(councils).toHaveLength(27)
    const yawata = councils.find((council) => council.name === '八幡')
    expect(yawata?.layer).toBe(2)
    expect(yawata?.districts.length).toBeGreaterThan(0)
  })

  it('lists upcoming sessions soonest first', async () => {
    const sessions = await api.events.upcoming({ limit: 50 })
    const starts = sessions.map((session) => session.startsAt)
    expect(starts).toEqual([...starts].sort())
    expect(sessions.every((session) => new Date(session.endsAt) >= new Date(Date.now() - 60_000))).toBe(true)
  })
})

describe('tRPC API over HTTP', () => {
  it('answers a query', async () => {
    const { status, body } = await trpcHttp('issues.list', { limit: 1 })
    expect(status).toBe(200)
    expect(body.result?.data).toMatchObject({ items: [expect.objectContaining({ number: expect.any(Number) })] })
  })

  it('answers bad input with 400 and field-level messages, and no stack', async () => {
    const { status, body } = await trpcHttp('issues.byNumber', { number: 'one' })
    expect(status).toBe(400)
    expect(body.error?.message).toBe('入力内容に誤りがあります。')
    expect(Object.keys(body.error?.data.fieldErrors ?? {})).toContain('number')
    expect(body.error?.data.stack).toBeUndefined()
  })

  it('answers an unknown issue with 404', async () => {
    const { status, body } = await trpcHttp('issues.byNumber', { number: 4242 })
    expect(status).toBe(404)
    expect(body.error?.message).toBe('第4242号は見つかりません。')
  })
})
