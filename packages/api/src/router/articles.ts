import { ARTICLE_KINDS, articleBlockInputSchema, articleSchema, recordIdSchema, valuesOf, writeResultSchema } from '@oneheart/contract'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { createDraftArticle, updateDraftArticle } from '../domain/articleDrafts.ts'
import { getArticleBySlug, getArticleDraft } from '../domain/articles.ts'
import { publicProcedure, scopedProcedure, writeProcedure } from '../trpc.ts'

export const slugInput = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9-]+$/, 'URL用の名前は半角英小文字・数字・ハイフンです。')
const slugList = z.array(slugInput).max(50).optional()
const partText = z.string().max(4000).optional()

// Strict: a key the API does not know is refused, never silently dropped.
const draftFields = z.strictObject({
  title: z.string().trim().min(1).max(120),
  kind: z.enum(valuesOf(ARTICLE_KINDS)),
  slug: slugInput.optional(),
  issueNumber: z.number().int().min(1).max(9999).optional(),
  position: z.number().int().min(1).max(99).optional(),
  lead: z.string().max(600).optional(),
  place: z.string().max(120).optional(),
  /** The body, in order; see docs/api.md for each block's fields. */
  blocks: z.array(articleBlockInputSchema).max(60).optional(),
  /** Older form of labelled parts, kept for existing clients: becomes part blocks. */
  parts: z.strictObject({ purpose: partText, background: partText, scene: partText, nextSteps: partText, impressions: partText }).optional(),
  visit: z
    .strictObject({
      visitors: z.string().max(120).optional(),
      headcount: z.number().int().min(1).max(500).optional(),
      staffCount: z.number().int().min(0).max(100).optional(),
      /** A day or a month as typed: 令和7年11月, 2025/11/5. */
      visitedOn: z.string().trim().min(1).max(40).optional(),
    })
    .optional(),
  councils: slugList,
  districts: slugList,
  activities: slugList,
  events: slugList,
  /** First-layer meeting summaries by id (they have no URL name). */
  meetings: z.array(recordIdSchema).max(20).optional(),
})

export const articlesRouter = {
  bySlug: publicProcedure
    .input(z.object({ slug: slugInput }))
    .output(articleSchema)
    .query(({ ctx, input }) => getArticleBySlug(ctx, input.slug)),
  draftById: scopedProcedure('read:drafts')
    .input(z.object({ id: recordIdSchema }))
    .output(articleSchema)
    .query(({ ctx, input }) => getArticleDraft(ctx, input.id)),
  createDraft: writeProcedure
    .input(draftFields)
    .output(writeResultSchema)
    .mutation(({ ctx, input }) => createDraftArticle(ctx, input)),
  updateDraft: writeProcedure
    .input(z.object({ id: recordIdSchema, patch: draftFields.partial() }))
    .output(writeResultSchema)
    .mutation(({ ctx, input }) => updateDraftArticle(ctx, input.id, input.patch)),
} satisfies TRPCRouterRecord
