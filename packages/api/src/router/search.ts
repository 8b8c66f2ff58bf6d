import { searchResultSchema, searchTypeSchema } from '@oneheart/contract'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { searchPublished } from '../domain/search.ts'
import { publicProcedure } from '../trpc.ts'
import { slugInput } from './articles.ts'

export const MAX_QUERY_LENGTH = 100

export const searchRouter = {
  query: publicProcedure
    .input(
      z.object({
        q: z
          .string({ error: '検索する言葉を文字で送ってください。' })
          .trim()
          .min(1, '検索する言葉を入れてください。')
          .max(MAX_QUERY_LENGTH, `検索する言葉は${MAX_QUERY_LENGTH}文字までにしてください。`),
        type: searchTypeSchema.optional(),
        council: slugInput.optional(),
        district: slugInput.optional(),
        /** Fiscal year (年度, April–March), e.g. 2026 for 令和8年度. */
        year: z.number().int().min(2000).max(2100).optional(),
        cursor: z.string().max(200).nullish(),
        limit: z.number().int().min(1).max(50).default(20),
      }),
    )
    .output(searchResultSchema)
    .query(({ ctx, input }) => searchPublished(ctx, input)),
} satisfies TRPCRouterRecord
