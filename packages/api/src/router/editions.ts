import { eventFlyerSchema, issueEditionSchema, newsletterSchema, recordIdSchema } from '@oneheart/contract'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { loadEventFlyer, loadIssueEdition } from '../domain/editions.ts'
import { getNewsletter } from '../domain/newsletter.ts'
import { publicProcedure, scopedProcedure } from '../trpc.ts'

const issueNumber = z.object({ number: z.number().int().min(1).max(9999) })

/** What the print editions need, in as few queries as the content allows. */
export const editionsRouter = {
  newsletter: publicProcedure.output(newsletterSchema).query(({ ctx }) => getNewsletter(ctx)),
  issue: publicProcedure
    .input(issueNumber)
    .output(issueEditionSchema)
    .query(({ ctx, input }) => loadIssueEdition(ctx, input.number)),
  /** The same, from the latest drafts: what the editors' print preview shows while they write. */
  issueDraft: scopedProcedure('read:drafts')
    .input(issueNumber)
    .output(issueEditionSchema)
    .query(({ ctx, input }) => loadIssueEdition(ctx, input.number, true)),
  eventFlyer: publicProcedure
    .input(z.object({ id: recordIdSchema }))
    .output(eventFlyerSchema)
    .query(({ ctx, input }) => loadEventFlyer(ctx, input.id)),
} satisfies TRPCRouterRecord
