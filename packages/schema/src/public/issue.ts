import { z } from 'zod'
import { articleSummarySchema } from './article.ts'
import { japanDaySchema, mediaSchema } from './common.ts'

export const issueSummarySchema = z.object({
  id: z.number(),
  number: z.number(),
  title: z.string(),
  issuedOn: japanDaySchema,
  cover: mediaSchema.nullable(),
  pdfUrl: z.string().nullable(),
  updatedAt: z.string(),
})
export type PublicIssueSummary = z.infer<typeof issueSummarySchema>

export const issueSchema = issueSummarySchema.extend({
  greeting: z.string().nullable(),
  plannedPages: z.number(),
  articles: z.array(articleSummarySchema),
})
export type PublicIssue = z.infer<typeof issueSchema>
