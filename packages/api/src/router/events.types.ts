import { eventSchema, parseClockTime, recordIdSchema, slugSchema, upcomingSessionSchema, writeResultSchema } from '@oneheart/contract'
import { z } from 'zod'

// Dates and times as people type them (令和8年2月16日, 9:30, 10時半): the CMS reads and checks them.
const typedDate = z.string().trim().min(1).max(40)
const typedTime = z.string().trim().min(1).max(20).optional()
const endsAfterStart = (session: { startTime?: string; endTime?: string }) => {
  const start = session.startTime && parseClockTime(session.startTime)
  const end = session.endTime && parseClockTime(session.endTime)
  return !start || !end || end > start
}

export const list = {
  input: z.object({ limit: z.number().int().min(1).max(100).default(50), ids: z.array(recordIdSchema).max(100).optional() }).default({ limit: 50 }),
  output: z.array(eventSchema),
}
export const bySlug = { input: z.object({ slug: slugSchema }), output: eventSchema }
export const upcoming = {
  input: z.object({ limit: z.number().int().min(1).max(100).default(20) }).default({ limit: 20 }),
  output: z.array(upcomingSessionSchema),
}
export const submitSession = {
  input: z.object({
    event: slugSchema,
    session: z
      .object({
        number: z.number().int().min(1).max(99),
        date: typedDate,
        startTime: typedTime,
        endTime: typedTime,
        venue: z.string().trim().min(1).max(120),
        invitedCouncils: z.array(slugSchema).max(30).optional(),
        note: z.string().max(200).optional(),
      })
      .refine(endsAfterStart, {
        path: ['endTime'],
        message: '終了時刻は開始時刻より後にしてください。',
      }),
  }),
  output: writeResultSchema,
}
