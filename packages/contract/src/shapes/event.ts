import { z } from 'zod'
import { CAPACITY_SCOPES, MEETING_KINDS, valuesOf, WORKING_GROUPS } from '../options.ts'
import { calendarDateSchema, refSchema } from './common.ts'

export const sessionSchema = z.object({
  number: z.number(),
  /** A day, or a month for a past gathering reported without one. */
  date: calendarDateSchema,
  /** HH:mm; null when the session is known by its date alone. */
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  venue: z.string(),
  invitedCouncils: z.array(refSchema),
  note: z.string().nullable(),
})
export type PublicSession = z.infer<typeof sessionSchema>

export const eventSchema = z.object({
  id: z.number(),
  slug: z.string(),
  title: z.string(),
  purpose: z.string().nullable(),
  theme: z.string().nullable(),
  /** How many may come, and whether each invited council or everyone together; null when open. */
  capacity: z.object({ count: z.number(), per: z.enum(valuesOf(CAPACITY_SCOPES)) }).nullable(),
  /** The count when it is per council (kept for older clients; read `capacity`). */
  capacityPerCouncil: z.number().nullable(),
  contact: z.string().nullable(),
  sessions: z.array(sessionSchema),
  updatedAt: z.string(),
})
export type PublicEvent = z.infer<typeof eventSchema>

/** One upcoming session with the event it belongs to, for calendars and notice boards. */
export const upcomingSessionSchema = sessionSchema.extend({
  event: z.object({ id: z.number(), slug: z.string(), title: z.string() }),
})
export type PublicUpcomingSession = z.infer<typeof upcomingSessionSchema>

export const meetingSchema = z.object({
  id: z.number(),
  title: z.string(),
  heldOn: calendarDateSchema,
  kind: z.enum(valuesOf(MEETING_KINDS)),
  items: z.array(z.object({ topic: z.string(), outcome: z.string().nullable(), group: z.enum(valuesOf(WORKING_GROUPS)).nullable() })),
})
export type PublicMeeting = z.infer<typeof meetingSchema>
