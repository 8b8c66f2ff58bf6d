import type { TRPCRouterRecord } from '@trpc/server'
import { listMeetings } from '../domain/events.ts'
import { publicRead } from '../publicReads.ts'
import { publicProcedure } from '../trpc.ts'
import * as contract from './meetings.types.ts'

export const meetingsRouter = {
  list: publicProcedure
    .input(contract.list.input)
    .output(contract.list.output)
    .query(({ ctx, input }) => publicRead(ctx, 'meetings.list', input, () => listMeetings(ctx, input))),
} satisfies TRPCRouterRecord
