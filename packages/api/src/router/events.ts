import type { TRPCRouterRecord } from '@trpc/server'
import { submitEventSession } from '../domain/eventSessions.ts'
import { getEventBySlug, listEvents, listUpcomingSessions } from '../domain/events.ts'
import { publicRead } from '../publicReads.ts'
import { publicProcedure, writeProcedure } from '../trpc.ts'
import * as contract from './events.types.ts'

export const eventsRouter = {
  list: publicProcedure
    .input(contract.list.input)
    .output(contract.list.output)
    .query(({ ctx, input }) => publicRead(ctx, 'events.list', input, () => listEvents(ctx, input))),
  bySlug: publicProcedure
    .input(contract.bySlug.input)
    .output(contract.bySlug.output)
    .query(({ ctx, input }) => publicRead(ctx, 'events.bySlug', input, () => getEventBySlug(ctx, input.slug))),
  upcoming: publicProcedure
    .input(contract.upcoming.input)
    .output(contract.upcoming.output)
    .query(({ ctx, input }) => listUpcomingSessions(ctx, input)),
  submitSession: writeProcedure
    .input(contract.submitSession.input)
    .output(contract.submitSession.output)
    .mutation(({ ctx, input }) => submitEventSession(ctx, input.event, input.session)),
} satisfies TRPCRouterRecord
