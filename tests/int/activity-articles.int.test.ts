import { beforeAll, describe, expect, it } from 'vitest'
import { publicCaller, testPayload, unique } from '../support/payload.ts'

/** "Articles about this activity" follow the relation, and the list procedures take ids. */
describe('articles of an activity, and reads by id', () => {
  let api: Awaited<ReturnType<typeof publicCaller>>
  const made = { slugs: {} as Record<'yawata' | 'orui', string>, ids: {} as Record<string, number>, articles: {} as Record<string, string> }

  beforeAll(async () => {
    api = await publicCaller()
    const payload = await testPayload()
    const tag = unique('namesake')
    const district = async (slug: string) =>
      (await payload.find({ collection: 'districts', where: { slug: { equals: slug } }, limit: 1, depth: 0 })).docs[0]!.id
    for (const key of ['yawata', 'orui'] as const) {
      const activity = await payload.create({
        collection: 'activities',
        data: { name: 'おちゃのま', slug: `${tag}-${key}`, kind: 'salon', status: 'active', district: await district(key), _status: 'published' },
      })
      made.slugs[key] = activity.slug!
      made.ids[key] = activity.id
      // Both articles carry the shared name, so a search by name could not tell them apart.
      const article = await payload.create({
        collection: 'articles',
        data: {
          title: `おちゃのまの一日（${key}）`,
          kind: 'activity-report',
          slug: `${tag}-${key}-report`,
          publishedAt: '2026-03-01',
          activities: [activity.id],
          _status: 'published',
        },
      })
      made.articles[key] = article.slug!
    }
    // A draft naming the 八幡 one is not listed until published.
    await payload.create({
      collection: 'articles',
      data: { title: 'おちゃのま（下書き）', kind: 'activity-report', slug: `${tag}-draft`, activities: [made.ids.yawata!], _status: 'draft' },
      draft: true,
    })
  })

  it('lists only the published articles that link the activity', async () => {
    expect((await api.activities.articles({ slug: made.slugs.yawata })).map((article) => article.slug)).toEqual([made.articles.yawata])
    expect((await api.activities.articles({ slug: made.slugs.orui })).map((article) => article.slug)).toEqual([made.articles.orui])
    await expect(api.activities.articles({ slug: 'no-such-activity' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('reads only the activities asked for by id, with their districts', async () => {
    const page = await api.activities.list({ limit: 10, ids: [made.ids.orui!, made.ids.yawata!] })
    expect(page.items.map((activity) => [activity.slug, activity.district?.name])).toEqual([
      [made.slugs.yawata, '八幡'],
      [made.slugs.orui, '大類'],
    ])
  })

  it('reads events and meetings by id', async () => {
    const [event] = await api.events.list({ limit: 1 })
    expect((await api.events.list({ limit: 10, ids: [event!.id] })).map((found) => found.id)).toEqual([event!.id])
    const meetings = await api.meetings.list({ limit: 2 })
    expect((await api.meetings.list({ limit: 10, ids: [meetings[1]!.id] })).map((found) => found.id)).toEqual([meetings[1]!.id])
  })
})
