import type { TRPCRouterRecord } from '@trpc/server'
import { loadEventFlyer, loadIssueEdition } from '../domain/editions.ts'
import { getNewsletter } from '../domain/newsletter.ts'
import { publicRead } from '../publicReads.ts'
import { publicProcedure, scopedProcedure } from '../trpc.ts'
import * as contract from './editions.types.ts'

/** What the print editions need, in as few queries as the content allows. */
export const editionsRouter = {
  newsletter: publicProcedure.output(contract.newsletter.output).query(({ ctx }) => publicRead(ctx, 'editions.newsletter', null, () => getNewsletter(ctx))),
  issue: publicProcedure
    .input(contract.issue.input)
    .output(contract.issue.output)
    .query(({ ctx, input }) => publicRead(ctx, 'editions.issue', input, () => loadIssueEdition(ctx, input.number))),
  /** The same, from the latest drafts: what the editors' print preview shows while they write. */
  issueDraft: scopedProcedure('read:drafts')
    .input(contract.issueDraft.input)
    .output(contract.issueDraft.output)
    .query(({ ctx, input }) => loadIssueEdition(ctx, input.number, true)),
  eventFlyer: publicProcedure
    .input(contract.eventFlyer.input)
    .output(contract.eventFlyer.output)
    .query(({ ctx, input }) => publicRead(ctx, 'editions.eventFlyer', input, () => loadEventFlyer(ctx, input.id))),
} satisfies TRPCRouterRecord
