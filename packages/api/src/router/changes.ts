import type { TRPCRouterRecord } from '@trpc/server'
import { listChangesSince } from '../domain/changes.ts'
import { publicRead } from '../publicReads.ts'
import { publicProcedure } from '../trpc.ts'
import * as contract from './changes.types.ts'

export const changesRouter = {
  since: publicProcedure
    .input(contract.since.input)
    .output(contract.since.output)
    .query(({ ctx, input }) => publicRead(ctx, 'changes.since', input, () => listChangesSince(ctx, input))),
} satisfies TRPCRouterRecord
