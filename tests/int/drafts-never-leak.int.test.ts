import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { trpcHttp } from '../support/http.ts'
import { testPayload } from '../support/payload.ts'
import { rest } from '../support/rest.ts'

type Versioned = 'issues' | 'articles' | 'events' | 'activities' | 'meetings'

/** A marker only this run writes: lower-case letters and digits, so slugs and search keep it whole. */
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.replace(/[^a-z0-9]/g, 'x')
const marker = (collection: Versioned, role: 'draftonly' | 'draftchange' | 'deleted' | 'public') => `leak${role}${collection.slice(0, 4)}${run}`

/**
 * Issue 16, "Drafts never leak": in every versioned collection, a record that is only a draft,
 * a draft change saved over a published record, and a draft deleted without ever being published.
 * Every anonymous route the API offers is read, with draft=true where it is accepted, and none of
 * their markers may appear. The published version of the changed record must appear: that proves
 * the routes read reach these records at all. (Site pages, the feed, the sitemap, .ics files and
 * PDFs are read from these same procedures; the browser tests cover their rendering.)
 */
describe('drafts never leak to anonymous readers', () => {
  let payload: Payload
  const made: { collection: Versioned; id: number }[] = []
  let districtId = 0
  // Issue numbers are unique: three in a row from a random start above the demo's.
  let issueNumbers = 9000 + Math.floor(Math.random() * 990)

  beforeAll(async () => {
    payload = await testPayload()
    districtId = (await payload.find({ collection: 'districts', limit: 1, depth: 0 })).docs[0]!.id
  })
  // Other tests count records and follow the change feed: leave no trace, tombstones included.
  afterAll(async () => {
    for (const { collection, id } of [...made].reverse()) await payload.delete({ collection, id }).catch(() => {})
    if (made.length > 0) await payload.delete({ collection: 'removals', where: { recordId: { in: made.map((record) => record.id) } } })
  })

  /** The fields each collection needs to be published, with `text` as its title. */
  function dataFor(collection: Versioned, text: string): Record<string, unknown> {
    switch (collection) {
      case 'issues':
        return { number: issueNumbers++, title: text, issuedOn: '2027-08-10' }
      case 'articles':
        return { title: text, kind: 'council-story', lead: `${text} lead` }
      case 'events':
        return { title: text, capacity: 20, capacityScope: 'total', sessions: [{ number: 1, date: '2027-08-20', venue: `${text} venue` }] }
      case 'activities':
        return { name: text, kind: 'gathering-place', district: districtId }
      case 'meetings':
        return { title: text, heldOn: '2027-08-05', kind: 'project-promotion', items: [{ topic: `${text} topic` }] }
    }
  }
  const titleField = (collection: Versioned) => (collection === 'activities' ? 'name' : 'title')

  async function create(collection: Versioned, text: string, status: 'draft' | 'published') {
    const doc = (await payload.create({
      collection,
      data: { ...dataFor(collection, text), _status: status } as never,
      draft: status === 'draft',
    })) as unknown as { id: number; slug?: string; number?: number }
    made.push({ collection, id: doc.id })
    return doc
  }

  const secrets: string[] = []
  const publics: string[] = []
  const records: { collection: Versioned; id: number; slug?: string; number?: number }[] = []

  it('creates the three kinds of unpublished change in every versioned collection', async () => {
    for (const collection of ['issues', 'articles', 'events', 'activities', 'meetings'] as const) {
      const draftOnly = await create(collection, marker(collection, 'draftonly'), 'draft')
      const changed = await create(collection, marker(collection, 'public'), 'published')
      await payload.update({ collection, id: changed.id, data: { [titleField(collection)]: marker(collection, 'draftchange') } as never, draft: true })
      const deleted = await create(collection, marker(collection, 'deleted'), 'draft')
      const deletedSlug = ((await payload.findByID({ collection, id: deleted.id, draft: true, depth: 0 })) as { slug?: string }).slug
      await payload.delete({ collection, id: deleted.id })
      const draftOnlyDoc = (await payload.findByID({ collection, id: draftOnly.id, draft: true, depth: 0 })) as { slug?: string; number?: number }
      records.push(
        { collection, id: draftOnly.id, slug: draftOnlyDoc.slug, number: draftOnlyDoc.number },
        { collection, id: changed.id, slug: changed.slug, number: changed.number },
        { collection, id: deleted.id, slug: deletedSlug },
      )
      secrets.push(marker(collection, 'draftonly'), marker(collection, 'draftchange'), marker(collection, 'deleted'))
      if (deletedSlug) secrets.push(deletedSlug)
      publics.push(marker(collection, 'public'))
    }
    expect(records).toHaveLength(15)
  })

  it('shows none of their markers on any anonymous REST or tRPC route, while the published versions show', async () => {
    expect(records, 'the records of the first test').toHaveLength(15)
    // Only the answers are searched: a request's own words (a search for a marker) are not a leak.
    const answers: { label: string; text: string }[] = []
    const read = async (label: string, text: Promise<string>) => answers.push({ label, text: (await text).toLowerCase() })

    // Payload REST, as an anonymous caller: lists, single records, versions, with and without draft=true.
    for (const collection of ['issues', 'articles', 'events', 'activities', 'meetings'] as const) {
      for (const draft of ['', '&draft=true']) {
        await read(
          `${collection} list${draft}`,
          rest('GET', `${collection}?limit=100&sort=-updatedAt&depth=2${draft}`).then((answer) => answer.text),
        )
        await read(
          `${collection} versions${draft}`,
          rest('GET', `${collection}/versions?limit=100&sort=-updatedAt${draft}`).then((answer) => answer.text),
        )
      }
    }
    for (const record of records) {
      for (const draft of ['', '?draft=true'])
        await read(
          `${record.collection} ${record.id}${draft}`,
          rest('GET', `${record.collection}/${record.id}${draft}`).then((answer) => answer.text),
        )
    }
    await read(
      'removals',
      rest('GET', 'removals?limit=100&sort=-createdAt').then((answer) => answer.text),
    )
    for (const record of records) {
      if (record.slug)
        await read(
          `removals by slug ${record.slug}`,
          rest('GET', `removals?where[slug][equals]=${record.slug}`).then((answer) => answer.text),
        )
    }

    // tRPC, over the HTTP handler the CMS mounts, as an anonymous caller.
    const trpc = (path: string, input?: unknown) =>
      read(
        `trpc ${path} ${JSON.stringify(input)}`,
        trpcHttp(path, input).then((answer) => JSON.stringify(answer.body)),
      )
    const ids = (collection: Versioned) => records.filter((record) => record.collection === collection).map((record) => record.id)
    await trpc('issues.list', { limit: 100 })
    await trpc('activities.list', { limit: 100 })
    await trpc('activities.list', { ids: ids('activities') })
    await trpc('events.list', { limit: 100 })
    await trpc('events.list', { ids: ids('events') })
    await trpc('events.upcoming', { limit: 100 })
    await trpc('meetings.list', { limit: 100 })
    await trpc('meetings.list', { ids: ids('meetings') })
    await trpc('editions.newsletter')
    for (const record of records) {
      if (record.number) {
        await trpc('issues.byNumber', { number: record.number })
        await trpc('editions.issue', { number: record.number })
      }
      if (record.collection === 'events') await trpc('editions.eventFlyer', { id: record.id })
      if (record.slug) {
        const procedure = { articles: 'articles.bySlug', events: 'events.bySlug', activities: 'activities.bySlug' }[record.collection as string]
        if (procedure) await trpc(procedure, { slug: record.slug })
        if (record.collection === 'activities') await trpc('activities.articles', { slug: record.slug })
      }
    }
    for (const word of [...secrets, ...publics]) {
      // The answer repeats how it understood the question (the caller's own words): that part is not searched.
      const answer = await trpcHttp('search.query', { q: word, limit: 50 })
      const data = answer.body.result?.data as { understood?: unknown } | undefined
      if (data) delete data.understood
      answers.push({ label: `trpc search.query ${word}`, text: JSON.stringify(answer.body).toLowerCase() })
    }
    // The whole change feed, page by page, as an outside site syncs it.
    let cursor: string | null = null
    for (let page = 0; page < 100; page++) {
      const answer = await trpcHttp('changes.since', { cursor, limit: 500 })
      answers.push({ label: `changes.since page ${page}`, text: JSON.stringify(answer.body).toLowerCase() })
      const data = answer.body.result?.data as { nextCursor: string | null; hasMore: boolean } | undefined
      if (!data?.hasMore) break
      cursor = data.nextCursor
    }

    for (const secret of secrets) {
      const leaks = answers.filter((answer) => answer.text.includes(secret.toLowerCase()))
      expect(
        leaks.map((answer) => `${answer.label}: ${answer.text.slice(0, 600)}`),
        secret,
      ).toEqual([])
    }
    const everything = answers.map((answer) => answer.text).join('\n')
    // Deleted drafts leave no tombstone: their ids appear in no removal.
    const removals = await rest('GET', 'removals?limit=100')
    expect(removals.status === 200 ? (removals.json().docs ?? []).length : 0).toBe(0)
    for (const text of publics) expect(everything, `the published ${text} is readable`).toContain(text.toLowerCase())
  })
})
