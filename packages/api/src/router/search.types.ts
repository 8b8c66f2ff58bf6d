import { searchResultSchema, searchTypeSchema, slugSchema } from '@oneheart/contract'
import { z } from 'zod'

export const MAX_QUERY_LENGTH = 100

export const query = {
  input: z.object({
    q: z
      .string({ error: '検索する言葉を文字で送ってください。' })
      .trim()
      .min(1, '検索する言葉を入れてください。')
      .max(MAX_QUERY_LENGTH, `検索する言葉は${MAX_QUERY_LENGTH}文字までにしてください。`),
    type: searchTypeSchema.optional(),
    council: slugSchema.optional(),
    district: slugSchema.optional(),
    /** Fiscal year (年度, April–March), e.g. 2026 for 令和8年度. */
    year: z.number().int().min(2000).max(2100).optional(),
    cursor: z.string().max(200).nullish(),
    limit: z.number().int().min(1).max(50).default(20),
  }),
  output: searchResultSchema,
}
