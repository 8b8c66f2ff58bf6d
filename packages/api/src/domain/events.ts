import { calendarDateOf, type PublicEvent, type PublicMeeting, type PublicUpcomingSession } from '@oneheart/contract'
import { type Event, type Meeting, publishedOnly } from '@oneheart/schema'
import type { Where } from 'payload'
import type { ApiContext } from '../context.ts'
import { notFound } from './errors.ts'
import { refsOf } from './shapes.ts'

function toPublic(event: Event): PublicEvent {
  return {
    id: event.id,
    slug: event.slug ?? String(event.id),
    title: event.title,
    purpose: event.purpose ?? null,
    theme: event.theme ?? null,
    capacity: event.capacity ? { count: event.capacity, per: event.capacityScope ?? 'total' } : null,
    capacityPerCouncil: event.capacity && event.capacityScope === 'per-council' ? event.capacity : null,
    contact: event.contact ?? null,
    sessions: (event.sessions ?? []).map((session) => ({
      number: session.number,
      date: calendarDateOf(session.date) ?? '',
      startTime: session.startTime ?? null,
      endTime: session.endTime ?? null,
      startsAt: session.startsAt ?? '',
      endsAt: session.endsAt ?? '',
      venue: session.venue,
      invitedCouncils: refsOf(session.invitedCouncils),
      note: session.note ?? null,
    })),
    updatedAt: event.updatedAt,
  }
}

const eventQuery = { depth: 1, populate: { councils: { slug: true, name: true } }, overrideAccess: false } as const

/** Published events (or only those of `ids`), latest first session first: the events page shows past ones after upcoming ones. */
export async function listEvents(ctx: ApiContext, input: { limit: number; ids?: number[] }): Promise<PublicEvent[]> {
  const where: Where = input.ids ? { and: [publishedOnly, { id: { in: input.ids } }] } : publishedOnly
  const { docs } = await ctx.payload.find({
    collection: 'events',
    where,
    sort: '-firstSessionAt',
    limit: input.limit,
    pagination: false,
    user: ctx.user,
    ...eventQuery,
  })
  return docs.map(toPublic)
}

export async function getEventBySlug(ctx: ApiContext, slug: string): Promise<PublicEvent> {
  const { docs } = await ctx.payload.find({
    collection: 'events',
    where: { and: [publishedOnly, { slug: { equals: slug } }] },
    limit: 1,
    pagination: false,
    user: ctx.user,
    ...eventQuery,
  })
  const event = docs[0]
  if (!event) throw notFound('その催し')
  return toPublic(event)
}

/** Sessions that have not ended yet, soonest first, across all published events. */
export async function listUpcomingSessions(ctx: ApiContext, input: { limit: number; now?: Date }): Promise<PublicUpcomingSession[]> {
  const now = input.now ?? new Date()
  const { docs } = await ctx.payload.find({
    collection: 'events',
    // lastSessionAt is when the last session starts; one known by its month alone starts on the
    // 1st and lasts the month, so look back a month and let each session's end decide below.
    where: { and: [publishedOnly, { lastSessionAt: { greater_than_equal: new Date(now.getTime() - 32 * 24 * 3600_000).toISOString() } }] },
    sort: 'firstSessionAt',
    limit: 200,
    pagination: false,
    depth: 1,
    populate: { councils: { slug: true, name: true } },
    overrideAccess: false,
    user: ctx.user,
  })
  return docs
    .map(toPublic)
    .flatMap((event) => event.sessions.map((session) => ({ ...session, event: { id: event.id, slug: event.slug, title: event.title } })))
    .filter((session) => session.endsAt && new Date(session.endsAt) >= now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, input.limit)
}

function toPublicMeeting(meeting: Meeting): PublicMeeting {
  return {
    id: meeting.id,
    title: meeting.title,
    heldOn: calendarDateOf(meeting.heldOn) ?? '',
    kind: meeting.kind,
    items: (meeting.items ?? []).map((item) => ({ topic: item.topic, outcome: item.outcome ?? null, group: item.group ?? null })),
  }
}

/** Published meetings (or only those of `ids`), newest first. */
export async function listMeetings(ctx: ApiContext, input: { limit: number; ids?: number[] }): Promise<PublicMeeting[]> {
  const { docs } = await ctx.payload.find({
    collection: 'meetings',
    where: input.ids ? { and: [publishedOnly, { id: { in: input.ids } }] } : publishedOnly,
    sort: '-heldOn',
    limit: input.limit,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: ctx.user,
  })
  return docs.map(toPublicMeeting)
}

const withIds = (ids: number[], drafts: boolean): Where => (drafts ? { id: { in: ids } } : { and: [publishedOnly, { id: { in: ids } }] })

/** The events an issue's articles announce, published (or latest drafts), soonest first. */
export async function getEventsByIds(ctx: ApiContext, ids: number[], drafts = false): Promise<PublicEvent[]> {
  if (ids.length === 0) return []
  const { docs } = await ctx.payload.find({
    collection: 'events',
    where: withIds(ids, drafts),
    draft: drafts,
    sort: 'firstSessionAt',
    limit: ids.length,
    pagination: false,
    user: ctx.user,
    ...eventQuery,
  })
  return docs.map(toPublic)
}

export async function getEventById(ctx: ApiContext, id: number): Promise<PublicEvent> {
  const [event] = await getEventsByIds(ctx, [id])
  if (!event) throw notFound('その催し')
  return event
}

/** The meetings an issue summarises, oldest first as the paper lists them. */
export async function getMeetingsByIds(ctx: ApiContext, ids: number[], drafts = false): Promise<PublicMeeting[]> {
  if (ids.length === 0) return []
  const { docs } = await ctx.payload.find({
    collection: 'meetings',
    where: withIds(ids, drafts),
    draft: drafts,
    sort: 'heldOn',
    limit: ids.length,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: ctx.user,
  })
  return docs.map(toPublicMeeting)
}
