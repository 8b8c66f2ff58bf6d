import type { TRPCRouterRecord } from '@trpc/server'
import { searchPublished } from '../domain/search.ts'
import { publicRead } from '../publicReads.ts'
import { publicProcedure } from '../trpc.ts'
import * as contract from './search.types.ts'

export const searchRouter = {
  query: publicProcedure
    .input(contract.query.input)
    .output(contract.query.output)
    .query(({ ctx, input }) => publicRead(ctx, 'search.query', input, () => searchPublished(ctx, input))),
} satisfies TRPCRouterRecord
