import { meetingSchema, recordIdSchema } from '@oneheart/contract'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { listMeetings } from '../domain/events.ts'
import { publicProcedure } from '../trpc.ts'

export const meetingsRouter = {
  list: publicProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(24), ids: z.array(recordIdSchema).max(100).optional() }).default({ limit: 24 }))
    .output(z.array(meetingSchema))
    .query(({ ctx, input }) => listMeetings(ctx, input)),
} satisfies TRPCRouterRecord
