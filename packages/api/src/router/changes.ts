import { changesPageSchema } from '@oneheart/contract'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { listChangesSince } from '../domain/changes.ts'
import { publicProcedure } from '../trpc.ts'

export const changesRouter = {
  since: publicProcedure
    .input(z.object({ cursor: z.string().max(200).nullish(), limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 }))
    .output(changesPageSchema)
    .query(({ ctx, input }) => listChangesSince(ctx, input)),
} satisfies TRPCRouterRecord
