import { councilSchema } from '@oneheart/contract'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { getCouncilBySlug, listCouncils } from '../domain/areas.ts'
import { publicProcedure } from '../trpc.ts'
import { slugInput } from './articles.ts'

export const councilsRouter = {
  list: publicProcedure
    .input(z.object({ layer: z.union([z.literal(1), z.literal(2)]).optional() }).default({}))
    .output(z.array(councilSchema))
    .query(({ ctx, input }) => listCouncils(ctx, input)),
  bySlug: publicProcedure
    .input(z.object({ slug: slugInput }))
    .output(councilSchema)
    .query(({ ctx, input }) => getCouncilBySlug(ctx, input.slug)),
} satisfies TRPCRouterRecord
