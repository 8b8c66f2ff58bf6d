import type { TRPCRouterRecord } from '@trpc/server'
import { getIssueByNumber, listIssues } from '../domain/issues.ts'
import { publicRead } from '../publicReads.ts'
import { publicProcedure } from '../trpc.ts'
import * as contract from './issues.types.ts'

export const issuesRouter = {
  list: publicProcedure
    .input(contract.list.input)
    .output(contract.list.output)
    .query(({ ctx, input }) => publicRead(ctx, 'issues.list', input, () => listIssues(ctx, input))),
  byNumber: publicProcedure
    .input(contract.byNumber.input)
    .output(contract.byNumber.output)
    .query(({ ctx, input }) => publicRead(ctx, 'issues.byNumber', input, () => getIssueByNumber(ctx, input.number))),
} satisfies TRPCRouterRecord
