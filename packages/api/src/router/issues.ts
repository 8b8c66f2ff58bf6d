import { issueSchema, issueSummarySchema, pageOf } from '@oneheart/contract'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { getIssueByNumber, listIssues } from '../domain/issues.ts'
import { pageInput } from '../domain/paging.ts'
import { publicProcedure } from '../trpc.ts'

export const issuesRouter = {
  list: publicProcedure
    .input(z.object({ ...pageInput, year: z.number().int().min(2000).max(2100).optional() }).default({ limit: 20 }))
    .output(pageOf(issueSummarySchema))
    .query(({ ctx, input }) => listIssues(ctx, input)),
  byNumber: publicProcedure
    .input(z.object({ number: z.number().int().min(1).max(9999) }))
    .output(issueSchema)
    .query(({ ctx, input }) => getIssueByNumber(ctx, input.number)),
} satisfies TRPCRouterRecord
