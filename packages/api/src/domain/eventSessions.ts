import type { ApiContext } from '../context.ts'
import { invalid, notFound } from './errors.ts'
import { idsForSlugs } from './slugs.ts'
import { draftVersionOptions, writeOptions, writeResult } from './writes.ts'

export interface SessionInput {
  number: number
  date: string
  startTime?: string
  endTime?: string
  venue: string
  invitedCouncils?: string[]
  note?: string
}

/** Adds a session to an event's draft; the published event changes when an editor publishes. */
export async function submitEventSession(ctx: ApiContext, eventSlug: string, session: SessionInput) {
  const { docs } = await ctx.payload.find({
    collection: 'events',
    where: { slug: { equals: eventSlug } },
    limit: 1,
    depth: 0,
    draft: true,
    user: ctx.user,
    overrideAccess: false,
  })
  const event = docs[0]
  if (!event) throw notFound('お知らせ・催し')
  const sessions = event.sessions ?? []
  if (sessions.some((existing) => existing.number === session.number)) {
    throw invalid({ 'session.number': [`第${session.number}回はすでにあります。`] })
  }
  const invitedCouncils = (await idsForSlugs(ctx, 'councils', session.invitedCouncils ?? [], 'session.invitedCouncils')) ?? []
  // The latest version may be a draft; whether the public sees the event is the main document's status.
  const live = await ctx.payload.findByID({ collection: 'events', id: event.id, depth: 0, select: { _status: true }, user: ctx.user, overrideAccess: false })
  const data = { sessions: [...sessions, { ...session, invitedCouncils }], _status: 'draft' as const }
  const doc =
    live._status === 'published'
      ? await ctx.payload.update({ collection: 'events', id: event.id, data, ...draftVersionOptions(ctx) })
      : await ctx.payload.update({ collection: 'events', id: event.id, data, ...writeOptions(ctx) })
  return writeResult(doc)
}
