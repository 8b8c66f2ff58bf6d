import { z } from 'zod'
import { articleSummarySchema } from './article.ts'
import { calendarDateSchema, mediaSchema } from './common.ts'

export const issueSummarySchema = z.object({
  id: z.number(),
  number: z.number(),
  title: z.string(),
  /** 2026-02-16, or 2025-08 for an issue dated by month (令和7年8月号). */
  issuedOn: calendarDateSchema,
  cover: mediaSchema.nullable(),
  pdfUrl: z.string().nullable(),
  updatedAt: z.string(),
})
export type PublicIssueSummary = z.infer<typeof issueSummarySchema>

export const issueSchema = issueSummarySchema.extend({
  greeting: z.string().nullable(),
  plannedPages: z.number(),
  /** The coordinators' request box as this issue words it (Lexical rich text), or the settings' wording; shown once. */
  requestBox: z.unknown().nullable(),
  /** Whether the issue carries the explainer of the first, second and third layers. */
  showLayers: z.boolean(),
  articles: z.array(articleSummarySchema),
})
export type PublicIssue = z.infer<typeof issueSchema>
