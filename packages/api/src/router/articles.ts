import type { TRPCRouterRecord } from '@trpc/server'
import { createDraftArticle, updateDraftArticle } from '../domain/articleDrafts.ts'
import { getArticleBySlug, getArticleDraft } from '../domain/articles.ts'
import { publicRead } from '../publicReads.ts'
import { publicProcedure, scopedProcedure, writeProcedure } from '../trpc.ts'
import * as contract from './articles.types.ts'

export const articlesRouter = {
  bySlug: publicProcedure
    .input(contract.bySlug.input)
    .output(contract.bySlug.output)
    .query(({ ctx, input }) => publicRead(ctx, 'articles.bySlug', input, () => getArticleBySlug(ctx, input.slug))),
  draftById: scopedProcedure('read:drafts')
    .input(contract.draftById.input)
    .output(contract.draftById.output)
    .query(({ ctx, input }) => getArticleDraft(ctx, input.id)),
  createDraft: writeProcedure
    .input(contract.createDraft.input)
    .output(contract.createDraft.output)
    .mutation(({ ctx, input }) => createDraftArticle(ctx, input)),
  updateDraft: writeProcedure
    .input(contract.updateDraft.input)
    .output(contract.updateDraft.output)
    .mutation(({ ctx, input }) => updateDraftArticle(ctx, input.id, input.patch)),
} satisfies TRPCRouterRecord
