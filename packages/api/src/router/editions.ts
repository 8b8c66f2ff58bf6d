import { issueEditionSchema, newsletterSchema } from '@oneheart/schema/public'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { listFullArticlesOfIssue } from '../domain/articles.ts'
import { getIssueByNumber } from '../domain/issues.ts'
import { getNewsletter } from '../domain/newsletter.ts'
import { publicProcedure } from '../trpc.ts'

/** What the print editions need, in as few queries as the content allows. */
export const editionsRouter = {
  newsletter: publicProcedure.output(newsletterSchema).query(({ ctx }) => getNewsletter(ctx)),
  issue: publicProcedure
    .input(z.object({ number: z.number().int().min(1).max(9999) }))
    .output(issueEditionSchema)
    .query(async ({ ctx, input }) => {
      const issue = await getIssueByNumber(ctx, input.number)
      const [newsletter, articles] = await Promise.all([getNewsletter(ctx), listFullArticlesOfIssue(ctx, issue.id)])
      return { newsletter, issue, articles }
    }),
} satisfies TRPCRouterRecord
