import type { TRPCRouterRecord } from '@trpc/server'
import { getCouncilBySlug, listCouncils } from '../domain/areas.ts'
import { publicRead } from '../publicReads.ts'
import { publicProcedure } from '../trpc.ts'
import * as contract from './councils.types.ts'

export const councilsRouter = {
  list: publicProcedure
    .input(contract.list.input)
    .output(contract.list.output)
    .query(({ ctx, input }) => publicRead(ctx, 'councils.list', input, () => listCouncils(ctx, input))),
  bySlug: publicProcedure
    .input(contract.bySlug.input)
    .output(contract.bySlug.output)
    .query(({ ctx, input }) => publicRead(ctx, 'councils.bySlug', input, () => getCouncilBySlug(ctx, input.slug))),
} satisfies TRPCRouterRecord
