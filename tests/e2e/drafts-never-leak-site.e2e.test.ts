import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminClient } from '../support/admin.ts'
import { answerWords } from '../support/answerWords.ts'

const apps = inject('apps')
type Versioned = 'issues' | 'articles' | 'events' | 'activities' | 'meetings'
const COLLECTIONS: Versioned[] = ['issues', 'articles', 'events', 'activities', 'meetings']
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.replace(/[^a-z0-9]/g, 'x')
const marker = (collection: Versioned, role: 'draftonly' | 'draftchange' | 'deleted' | 'public') => `leak${role}${collection.slice(0, 4)}${run}`

/**
 * Issue 16, "Drafts never leak", the half the built apps serve: the site's pages, search and its
 * suggestions, the feed, the sitemap, .ics files, previews without a token, and the print app's
 * previews and PDFs. The API half is tests/int/drafts-never-leak.int.test.ts.
 */
describe('drafts never leak to the site, the feed, calendars or PDFs', () => {
  const made: { collection: Versioned; id: number }[] = []
  const records: { collection: Versioned; id: number; slug?: string; number?: number; role: string }[] = []
  const secrets: string[] = []
  let issueNumbers = 9000 + Math.floor(Math.random() * 990)

  const admin = adminClient(apps.cms)
  const call = (method: string, route: string, body?: unknown) => admin.call(method, `/api/${route}`, body)

  beforeAll(async () => {
    const district = ((await (await fetch(`${apps.cms}/api/districts?limit=1&depth=0`)).json()) as { docs: { id: number }[] }).docs[0]!.id
    const dataFor = (collection: Versioned, text: string): Record<string, unknown> =>
      ({
        issues: { number: issueNumbers++, title: text, issuedOn: '2027-08-10' },
        articles: { title: text, kind: 'council-story', lead: `${text} lead` },
        events: { title: text, capacity: 20, capacityScope: 'total', sessions: [{ number: 1, date: '2027-08-20', venue: `${text} venue` }] },
        activities: { name: text, kind: 'gathering-place', district },
        meetings: { title: text, heldOn: '2027-08-05', kind: 'project-promotion', items: [{ topic: `${text} topic` }] },
      })[collection]
    for (const collection of COLLECTIONS) {
      const titleField = collection === 'activities' ? 'name' : 'title'
      const draftOnly = (await call('POST', `${collection}?draft=true`, { ...dataFor(collection, marker(collection, 'draftonly')), _status: 'draft' })).doc
      made.push({ collection, id: draftOnly.id })
      const changed = (await call('POST', collection, { ...dataFor(collection, marker(collection, 'public')), _status: 'published' })).doc
      made.push({ collection, id: changed.id })
      await call('PATCH', `${collection}/${changed.id}?draft=true`, { [titleField]: marker(collection, 'draftchange') })
      const deleted = (await call('POST', `${collection}?draft=true`, { ...dataFor(collection, marker(collection, 'deleted')), _status: 'draft' })).doc
      await call('DELETE', `${collection}/${deleted.id}`)
      records.push({ collection, ...draftOnly, role: 'draft-only' }, { collection, ...changed, role: 'published' }, { collection, ...deleted, role: 'deleted' })
      secrets.push(marker(collection, 'draftonly'), marker(collection, 'draftchange'), marker(collection, 'deleted'))
    }
  })
  // Other browser tests list issues and events: leave nothing behind.
  afterAll(async () => {
    for (const { collection, id } of [...made].reverse()) await call('DELETE', `${collection}/${id}`).catch(() => {})
  })

  it('shows no draft marker on any anonymous page, feed, calendar, preview or PDF, while the published versions show', async () => {
    const urls: string[] = []
    const site = (route: string) => urls.push(`${apps.web}${route}`)
    for (const route of ['/', '/issues', '/events', '/activities', '/councils', '/feed.xml', '/sitemap.xml']) site(route)
    for (const record of records) {
      if (record.collection === 'issues' && record.number) {
        site(`/issues/${record.number}`)
        for (const edition of ['standard', 'standard.pdf']) urls.push(`${apps.print}/issues/${record.number}/${edition}`)
      }
      if (record.collection === 'articles') {
        if (record.slug) site(`/articles/${record.slug}`)
        site(`/preview/articles/${record.id}`)
      }
      if (record.collection === 'activities' && record.slug) site(`/activities/${record.slug}`)
      if (record.collection === 'events') {
        if (record.slug) site(`/api/events/${record.slug}/sessions/1.ics`)
        for (const flyer of ['flyer', 'flyer.pdf']) urls.push(`${apps.print}/events/${record.id}/${flyer}`)
      }
    }
    for (const word of [...secrets, ...COLLECTIONS.map((collection) => marker(collection, 'public'))]) {
      site(`/search?q=${word}`)
      site(`/api/search/suggest?q=${word}`)
    }

    const answers: { url: string; words: string }[] = []
    for (const url of urls) answers.push({ url, words: (await answerWords(url)).toLowerCase() })
    // A search page repeats the question it was asked; only what it found is checked there.
    // (The suggestions answer only titles, so they are checked whole.)
    const checked = answers.map(({ url, words }) => {
      const asked = /\/search\?q=([a-z0-9]+)/.exec(url)?.[1]
      return { url, words: asked ? words.split(asked).join('') : words }
    })
    for (const secret of secrets) {
      expect(
        checked.filter((answer) => answer.words.includes(secret)).map((answer) => answer.url),
        secret,
      ).toEqual([])
    }
    // The reads reach these records: each published version is shown somewhere.
    for (const collection of COLLECTIONS) {
      const shown = marker(collection, 'public')
      expect(
        checked.some((answer) => answer.words.includes(shown)),
        `${shown} is shown`,
      ).toBe(true)
    }
  })
})
