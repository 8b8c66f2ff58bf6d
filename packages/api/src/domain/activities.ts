import { type ActivityKind, calendarDateOf, type PublicActivity, type Weekday } from '@oneheart/contract'
import { type Activity, publishedOnly } from '@oneheart/schema'
import type { Where } from 'payload'
import type { ApiContext } from '../context.ts'
import { notFound } from './errors.ts'
import { nextCursorOf } from './paging.ts'
import { mediaOf, mediaPopulate, refOf } from './shapes.ts'

export interface ActivityFilters {
  council?: string
  district?: string
  kind?: ActivityKind
  weekday?: Weekday
  updatedSince?: string
  /** Only these activities, e.g. the ones an article links. */
  ids?: number[]
}

const populate = { ...mediaPopulate, districts: { slug: true, name: true }, councils: { slug: true, name: true } } as const

function filtersOf(input: ActivityFilters): Where[] {
  const filters: Where[] = [publishedOnly]
  if (input.council) filters.push({ 'council.slug': { equals: input.council } })
  if (input.district) filters.push({ 'district.slug': { equals: input.district } })
  if (input.kind) filters.push({ kind: { equals: input.kind } })
  if (input.weekday) filters.push({ 'schedule.weekdays': { in: [input.weekday] } })
  if (input.updatedSince) filters.push({ updatedAt: { greater_than: input.updatedSince } })
  if (input.ids) filters.push({ id: { in: input.ids } })
  return filters
}

function toPublic(activity: Activity): PublicActivity {
  return {
    id: activity.id,
    slug: activity.slug ?? String(activity.id),
    name: activity.name,
    reading: activity.reading ?? null,
    kind: activity.kind,
    status: activity.status,
    district: refOf(activity.district),
    council: refOf(activity.council),
    neighbourhood: activity.neighbourhood ?? null,
    place: activity.place ?? null,
    schedule: {
      frequency: activity.schedule?.frequency ?? null,
      weekdays: activity.schedule?.weekdays ?? [],
      detail: activity.schedule?.detail ?? null,
    },
    fee: activity.fee ?? null,
    organiser: activity.organiser ?? null,
    contact: { name: activity.contact?.name ?? null, phone: activity.contact?.phone ?? null },
    startedOn: calendarDateOf(activity.startedOn),
    summary: activity.summary ?? null,
    history: activity.history ?? null,
    photo: mediaOf(activity.photo),
    updatedAt: activity.updatedAt,
  }
}

/** Published activities in creation order; the cursor is the last id seen. */
export async function listActivities(ctx: ApiContext, input: ActivityFilters & { cursor?: number | null; limit: number }) {
  const filters = filtersOf(input)
  const [page, total] = await Promise.all([
    ctx.payload.find({
      collection: 'activities',
      where: { and: input.cursor ? [...filters, { id: { greater_than: input.cursor } }] : filters },
      sort: 'id',
      limit: input.limit + 1,
      pagination: false,
      depth: 1,
      populate,
      overrideAccess: false,
      user: ctx.user,
    }),
    ctx.payload.count({ collection: 'activities', where: { and: filters }, overrideAccess: false, user: ctx.user }),
  ])
  return {
    items: page.docs.slice(0, input.limit).map(toPublic),
    nextCursor: nextCursorOf(page.docs, input.limit, (activity) => activity.id),
    total: total.totalDocs,
  }
}

export async function getActivityBySlug(ctx: ApiContext, slug: string): Promise<PublicActivity> {
  const { docs } = await ctx.payload.find({
    collection: 'activities',
    where: { and: [publishedOnly, { slug: { equals: slug } }] },
    limit: 1,
    pagination: false,
    depth: 1,
    populate,
    overrideAccess: false,
    user: ctx.user,
  })
  if (!docs[0]) throw notFound('活動')
  return toPublic(docs[0])
}
