import { councils, issues as issueSeeds, seedDemoContent } from '@oneheart/seed'
import { fiscalYearOf } from '@oneheart/ui'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from '../support/payload.ts'

/** The demo content the quickstart promises, and that seeding twice changes nothing. */
describe('demo content', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  beforeAll(async () => {
    payload = await testPayload()
  })

  const count = async (collection: 'councils' | 'districts' | 'activities' | 'events' | 'meetings' | 'issues' | 'articles' | 'media') =>
    (await payload.count({ collection })).totalDocs

  it('has the first-layer council and all 26 second-layer councils with their districts', async () => {
    const layer2 = await payload.find({ collection: 'councils', where: { layer: { equals: '2' } }, limit: 100, depth: 0 })
    const layer1 = await payload.find({ collection: 'councils', where: { layer: { equals: '1' } }, limit: 100, depth: 0 })
    expect(layer1.totalDocs).toBe(1)
    expect(layer2.totalDocs).toBe(26)
    expect(layer2.docs.map((council) => council.name)).toEqual(expect.arrayContaining(['八幡', '群馬(なのはな)', '倉賀野', '中央・南・城南']))
    const districts = await payload.find({ collection: 'districts', limit: 1000, depth: 0 })
    const councilsWithDistricts = new Set(districts.docs.map((district) => district.council))
    for (const council of layer2.docs) expect(councilsWithDistricts.has(council.id)).toBe(true)
  })

  it('has at least 6 published issues across two fiscal years, and a draft', async () => {
    const published = await payload.find({ collection: 'issues', where: { _status: { equals: 'published' } }, limit: 100, depth: 0 })
    expect(published.totalDocs).toBeGreaterThanOrEqual(6)
    expect(new Set(published.docs.map((issue) => fiscalYearOf(issue.issuedOn).year)).size).toBeGreaterThanOrEqual(2)
    const drafts = await payload.count({ collection: 'issues', where: { _status: { equals: 'draft' } } })
    expect(drafts.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('has at least 24 activities over many districts, events with sessions, meetings and pictures', async () => {
    const activities = await payload.find({ collection: 'activities', limit: 1000, depth: 0 })
    expect(activities.totalDocs).toBeGreaterThanOrEqual(24)
    expect(new Set(activities.docs.map((activity) => activity.district)).size).toBeGreaterThanOrEqual(12)
    const events = await payload.find({ collection: 'events', limit: 10, depth: 0, where: { slug: { in: ['exchange-2026', 'supporter-course-2026'] } } })
    expect(events.totalDocs).toBe(2)
    expect(events.docs.every((event) => (event.sessions?.length ?? 0) >= 2)).toBe(true)
    expect((await payload.count({ collection: 'meetings' })).totalDocs).toBeGreaterThanOrEqual(6)
    const media = await payload.find({ collection: 'media', limit: 1, depth: 0, where: { filename: { like: 'demo-' } } })
    expect(media.docs[0]?.mimeType).toBe('image/jpeg')
    expect(media.docs[0]?.width).toBe(1200)
  })

  it('links every article to its issue in order', async () => {
    const seed = issueSeeds[0]!
    const issue = (await payload.find({ collection: 'issues', where: { number: { equals: seed.number } }, depth: 0 })).docs[0]!
    const articles = await payload.find({ collection: 'articles', where: { issue: { equals: issue.id } }, sort: 'position', depth: 0 })
    expect(articles.docs.map((article) => article.slug)).toEqual(seed.articles.map((article) => article.slug))
  })

  it('can run again without duplicating anything', async () => {
    const before = await Promise.all((['councils', 'districts', 'activities', 'events', 'issues', 'articles', 'media'] as const).map(count))
    await seedDemoContent(payload)
    const after = await Promise.all((['councils', 'districts', 'activities', 'events', 'issues', 'articles', 'media'] as const).map(count))
    expect(after).toEqual(before)
    expect(before[0]).toBe(councils.length)
  })

  it('leaves a database with content alone when asked to seed only an empty one', async () => {
    expect(await seedDemoContent(payload, { onlyIfEmpty: true })).toBe(false)
  })
})
