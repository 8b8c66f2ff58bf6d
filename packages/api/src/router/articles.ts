import { articleSchema } from '@oneheart/schema/public'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { getArticleBySlug } from '../domain/articles.ts'
import { publicProcedure } from '../trpc.ts'

export const slugInput = z.string().min(1).max(120).regex(/^[a-z0-9-]+$/, 'URL用の名前は半角英小文字・数字・ハイフンです。')

export const articlesRouter = {
  bySlug: publicProcedure
    .input(z.object({ slug: slugInput }))
    .output(articleSchema)
    .query(({ ctx, input }) => getArticleBySlug(ctx, input.slug)),
} satisfies TRPCRouterRecord
