import { eventSchema, parseClockTime, recordIdSchema, upcomingSessionSchema, writeResultSchema } from '@oneheart/contract'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { submitEventSession } from '../domain/eventSessions.ts'
import { getEventBySlug, listEvents, listUpcomingSessions } from '../domain/events.ts'
import { publicProcedure, writeProcedure } from '../trpc.ts'
import { slugInput } from './articles.ts'

// Dates and times as people type them (令和8年2月16日, 9:30, 10時半): the CMS reads and checks them.
const typedDate = z.string().trim().min(1).max(40)
const typedTime = z.string().trim().min(1).max(20).optional()
const endsAfterStart = (session: { startTime?: string; endTime?: string }) => {
  const start = session.startTime && parseClockTime(session.startTime)
  const end = session.endTime && parseClockTime(session.endTime)
  return !start || !end || end > start
}

export const eventsRouter = {
  list: publicProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(50), ids: z.array(recordIdSchema).max(100).optional() }).default({ limit: 50 }))
    .output(z.array(eventSchema))
    .query(({ ctx, input }) => listEvents(ctx, input)),
  bySlug: publicProcedure
    .input(z.object({ slug: slugInput }))
    .output(eventSchema)
    .query(({ ctx, input }) => getEventBySlug(ctx, input.slug)),
  upcoming: publicProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(20) }).default({ limit: 20 }))
    .output(z.array(upcomingSessionSchema))
    .query(({ ctx, input }) => listUpcomingSessions(ctx, input)),
  submitSession: writeProcedure
    .input(
      z.object({
        event: slugInput,
        session: z
          .object({
            number: z.number().int().min(1).max(99),
            date: typedDate,
            startTime: typedTime,
            endTime: typedTime,
            venue: z.string().trim().min(1).max(120),
            invitedCouncils: z.array(slugInput).max(30).optional(),
            note: z.string().max(200).optional(),
          })
          .refine(endsAfterStart, {
            path: ['endTime'],
            message: '終了時刻は開始時刻より後にしてください。',
          }),
      }),
    )
    .output(writeResultSchema)
    .mutation(({ ctx, input }) => submitEventSession(ctx, input.event, input.session)),
} satisfies TRPCRouterRecord
