import { upcomingSessionSchema } from '@oneheart/schema/public'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { listUpcomingSessions } from '../domain/events.ts'
import { publicProcedure } from '../trpc.ts'

export const eventsRouter = {
  upcoming: publicProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(20) }).default({ limit: 20 }))
    .output(z.array(upcomingSessionSchema))
    .query(({ ctx, input }) => listUpcomingSessions(ctx, input)),
} satisfies TRPCRouterRecord
