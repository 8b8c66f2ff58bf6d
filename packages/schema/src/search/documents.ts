import { articleDateOf, calendarDateOf, fiscalYearOfDay, japanDay, startOfCalendarDate } from '@oneheart/contract'
import type { SearchDocument, SearchType } from '@oneheart/search'
import { readingOf } from '@oneheart/search/readings'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import type { Activity, Article, Council, District, Event, Issue, Meeting } from '../payload-types.ts'
import { relationIds } from '../relations.ts'
import { blocksToPlain } from './plainText.ts'

/** Which collection each kind of search result comes from. */
export const SEARCH_COLLECTIONS: Record<SearchType, CollectionSlug> = {
  article: 'articles',
  issue: 'issues',
  activity: 'activities',
  event: 'events',
  council: 'councils',
  meeting: 'meetings',
}

type Ref<T> = number | T | null | undefined

const idsOf = <T extends { id: number }>(refs: Ref<T>[] | null | undefined) => [...new Set(relationIds(refs ?? []))]
const namesOf = <T extends { name?: string; title?: string }>(refs: Ref<T>[] | null | undefined) =>
  (refs ?? []).flatMap((ref) => (ref && typeof ref === 'object' ? [ref.name ?? ref.title ?? ''] : []))
const lines = (...parts: Array<string | null | undefined | false>) => parts.filter(Boolean).join('\n')

const fiscalYearOf = (day: string | null): number | null => (day ? fiscalYearOfDay(day) : null)

/** A stored date as search indexes it: a day or a month as written, a timestamp as its day in Japan. */
const dayOrMonth = (value: string | null | undefined): string[] => {
  const date = calendarDateOf(value)
  return date ? [date] : []
}

/** Related records that are public (a draft never published is not), populated at depth 1. */
const publicRefs = <T extends { _status?: 'draft' | 'published' | null }>(refs: Ref<T>[] | null | undefined): T[] =>
  (refs ?? []).filter((ref): ref is T => !!ref && typeof ref === 'object' && ref._status !== 'draft')

const sessionLines = (sessions: Event['sessions'] | null | undefined) =>
  (sessions ?? []).map((session) => lines(`第${session.number}回 ${session.venue}`, session.note))

const eventText = (event: Event) => lines(event.purpose, event.theme, ...sessionLines(event.sessions))
const meetingText = (meeting: Meeting) => lines(...(meeting.items ?? []).map((item) => lines(item.topic, item.outcome)))

type Draft = Omit<SearchDocument, 'reading' | 'titleReading' | 'type' | 'docId' | 'keywords'> & { keywords?: string }

interface Builders {
  article: (doc: Article) => Draft
  issue: (doc: Issue) => Draft
  activity: (doc: Activity) => Draft
  event: (doc: Event) => Draft
  council: (doc: Council, payload: Payload, req?: PayloadRequest) => Promise<Draft>
  meeting: (doc: Meeting, payload: Payload, req?: PayloadRequest) => Promise<Draft>
}

const builders: Builders = {
  article(doc) {
    const issue = doc.issue && typeof doc.issue === 'object' ? doc.issue : null
    const issuedOn = calendarDateOf(issue?.issuedOn)
    const day = articleDateOf(doc.publishedAt, issuedOn)
    const meetings = publicRefs(doc.meetings)
    const events = publicRefs(doc.events)
    // A meeting summary or an event announcement says little itself: its text is the linked records'.
    return {
      title: doc.title,
      body:
        lines(
          doc.lead,
          ...blocksToPlain(doc.blocks),
          doc.visit?.visitors,
          doc.visit?.headcount ? `${doc.visit.headcount}名` : null,
          ...(doc.photos ?? []).map((photo) => photo.caption),
          ...meetings.map((meeting) => lines(meeting.title, meetingText(meeting))),
          ...events.map(eventText),
        ) || doc.title,
      dates: [
        ...(day ? [day] : []),
        ...dayOrMonth(doc.visit?.visitedOn),
        ...meetings.flatMap((meeting) => dayOrMonth(meeting.heldOn)),
        ...events.flatMap((event) => (event.sessions ?? []).flatMap((session) => dayOrMonth(session.date))),
      ],
      keywords: lines(...namesOf(doc.councils), ...namesOf(doc.districts), ...namesOf(doc.activities), ...namesOf(doc.events)),
      url: `/articles/${encodeURIComponent(doc.slug ?? String(doc.id))}`,
      shownOn: day,
      fiscalYear: fiscalYearOf(day),
      sortAt: doc.publishedAt ? new Date(doc.publishedAt) : issuedOn ? startOfCalendarDate(issuedOn) : new Date(doc.updatedAt),
      councilIds: idsOf(doc.councils),
      districtIds: idsOf(doc.districts),
    }
  },
  issue(doc) {
    const day = calendarDateOf(doc.issuedOn)
    return {
      title: doc.title.includes(`第${doc.number}号`) ? doc.title : `第${doc.number}号 ${doc.title}`,
      // A back issue's pages as read from its PDF: what no article carries (the masthead, a
      // caption, text the split could not place) is still found.
      body: lines(doc.greeting, ...(doc.archive?.pages ?? []).map((page) => page.text)),
      dates: dayOrMonth(doc.issuedOn),
      url: `/issues/${doc.number}`,
      shownOn: day,
      fiscalYear: fiscalYearOf(day),
      sortAt: day ? startOfCalendarDate(day) : new Date(doc.updatedAt),
      councilIds: [],
      districtIds: [],
    }
  },
  activity(doc) {
    const district = doc.district && typeof doc.district === 'object' ? doc.district : null
    const council = doc.council && typeof doc.council === 'object' ? doc.council : null
    return {
      title: doc.name,
      body: lines(
        doc.summary,
        doc.place && `場所: ${doc.place}`,
        doc.schedule?.frequency,
        doc.schedule?.detail,
        doc.fee && `参加費: ${doc.fee}`,
        doc.organiser && `運営: ${doc.organiser}`,
        doc.history,
      ),
      keywords: lines(doc.reading, doc.neighbourhood, district?.name, district?.reading, council?.name),
      url: `/activities/${encodeURIComponent(doc.slug ?? String(doc.id))}`,
      shownOn: null,
      fiscalYear: null,
      sortAt: new Date(doc.updatedAt),
      councilIds: idsOf([doc.council]),
      districtIds: idsOf([doc.district]),
    }
  },
  event(doc) {
    const sessions = doc.sessions ?? []
    const invited = sessions.flatMap((session) => session.invitedCouncils ?? [])
    const day = doc.firstSessionAt ? japanDay(doc.firstSessionAt) : sessions[0] ? calendarDateOf(sessions[0].date) : null
    return {
      title: doc.title,
      body: lines(eventText(doc), doc.contact),
      keywords: lines(...namesOf(invited)),
      dates: sessions.flatMap((session) => dayOrMonth(session.date)),
      url: `/events#${encodeURIComponent(doc.slug ?? String(doc.id))}`,
      shownOn: day,
      fiscalYear: fiscalYearOf(day),
      sortAt: new Date(doc.firstSessionAt ?? doc.updatedAt),
      councilIds: idsOf(invited),
      districtIds: [],
    }
  },
  async council(doc, payload, req) {
    const { docs: districts } = await payload.find({
      collection: 'districts',
      where: { council: { equals: doc.id } },
      limit: 200,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    return {
      title: doc.name,
      body: doc.description ?? '',
      keywords: lines(doc.reading, ...districts.flatMap((district: District) => [district.name, district.reading])),
      url: `/councils/${encodeURIComponent(doc.slug ?? String(doc.id))}`,
      shownOn: null,
      fiscalYear: null,
      sortAt: new Date(doc.updatedAt),
      councilIds: [doc.id],
      districtIds: districts.map((district) => district.id),
    }
  },
  async meeting(doc, payload, req) {
    // Meeting summaries are read on the first-layer council's page.
    const { docs } = await payload.find({
      collection: 'councils',
      where: { layer: { equals: '1' } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
      select: { slug: true },
    })
    const day = calendarDateOf(doc.heldOn)
    const home = docs[0] ? `/councils/${encodeURIComponent(docs[0].slug ?? String(docs[0].id))}` : '/councils'
    return {
      title: doc.title,
      body: meetingText(doc),
      dates: dayOrMonth(doc.heldOn),
      url: `${home}#meeting-${doc.id}`,
      shownOn: day,
      fiscalYear: fiscalYearOf(day),
      sortAt: day ? startOfCalendarDate(day) : new Date(doc.updatedAt),
      councilIds: docs[0] ? [docs[0].id] : [],
      districtIds: [],
    }
  },
}

/**
 * The search document for one record as the public sees it, or null when it is not public
 * (a draft never published, an unpublished record, or one that no longer exists).
 */
export async function publicSearchDocument(payload: Payload, type: SearchType, id: number, req?: PayloadRequest): Promise<SearchDocument | null> {
  const doc = await payload.findByID({
    collection: SEARCH_COLLECTIONS[type],
    id,
    depth: 1,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!doc || ('_status' in doc && doc._status !== 'published')) return null
  const build = builders[type] as (doc: unknown, payload: Payload, req?: PayloadRequest) => Draft | Promise<Draft>
  const { keywords, ...draft } = await build(doc, payload, req)
  const reading = await readingOf(lines(draft.title, draft.body, keywords))
  const titleReading = await readingOf(draft.title)
  return { ...draft, type, docId: id, keywords: keywords ?? '', reading, titleReading }
}
