import { ARTICLE_KINDS, valuesOf } from '@oneheart/schema'
import { articleSchema, writeResultSchema } from '@oneheart/schema/public'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { createDraftArticle, updateDraftArticle } from '../domain/articleDrafts.ts'
import { getArticleBySlug, getArticleDraft } from '../domain/articles.ts'
import { publicProcedure, scopedProcedure, writeProcedure } from '../trpc.ts'

export const slugInput = z.string().min(1).max(120).regex(/^[a-z0-9-]+$/, 'URL用の名前は半角英小文字・数字・ハイフンです。')
const slugList = z.array(slugInput).max(50).optional()
const partText = z.string().max(4000).optional()

const draftFields = z.object({
  title: z.string().trim().min(1).max(120),
  kind: z.enum(valuesOf(ARTICLE_KINDS)),
  slug: slugInput.optional(),
  issueNumber: z.number().int().min(1).max(9999).optional(),
  position: z.number().int().min(1).max(99).optional(),
  lead: z.string().max(600).optional(),
  parts: z.object({ purpose: partText, background: partText, scene: partText, nextSteps: partText, impressions: partText }).optional(),
  councils: slugList,
  districts: slugList,
  activities: slugList,
  events: slugList,
})

export const articlesRouter = {
  bySlug: publicProcedure
    .input(z.object({ slug: slugInput }))
    .output(articleSchema)
    .query(({ ctx, input }) => getArticleBySlug(ctx, input.slug)),
  draftById: scopedProcedure('read:drafts')
    .input(z.object({ id: z.number().int().positive() }))
    .output(articleSchema)
    .query(({ ctx, input }) => getArticleDraft(ctx, input.id)),
  createDraft: writeProcedure
    .input(draftFields)
    .output(writeResultSchema)
    .mutation(({ ctx, input }) => createDraftArticle(ctx, input)),
  updateDraft: writeProcedure
    .input(z.object({ id: z.number().int().positive(), patch: draftFields.partial() }))
    .output(writeResultSchema)
    .mutation(({ ctx, input }) => updateDraftArticle(ctx, input.id, input.patch)),
} satisfies TRPCRouterRecord
