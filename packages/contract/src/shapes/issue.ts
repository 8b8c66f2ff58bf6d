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
  /** A back issue (過去の号): imported from the PDF of an issue published before One Heart. */
  backIssue: z.boolean(),
  updatedAt: z.string(),
})
export type PublicIssueSummary = z.infer<typeof issueSummarySchema>

/** One page of a back issue's original, as read from its PDF. */
export const backIssuePageSchema = z.object({
  number: z.number(),
  /** The page's text as read, line breaks kept; not corrected. */
  text: z.string(),
  /** A small picture of the page, or null when the import made none. */
  thumbnailUrl: z.string().nullable(),
  thumbnailWidth: z.number().nullable(),
  thumbnailHeight: z.number().nullable(),
  /** Read from the page's image (OCR) because the PDF held no text: mistakes are likely. */
  ocr: z.boolean(),
  /** Read with low confidence: the original PDF is the reference. */
  needsReview: z.boolean(),
})
export type PublicBackIssuePage = z.infer<typeof backIssuePageSchema>

export const issueSchema = issueSummarySchema.extend({
  /** The size of the file behind `pdfUrl` in bytes, when known. */
  pdfSize: z.number().nullable(),
  greeting: z.string().nullable(),
  plannedPages: z.number(),
  /** The coordinators' request box as this issue words it (Lexical rich text), or the settings' wording; shown once. */
  requestBox: z.unknown().nullable(),
  /** Whether the issue carries the explainer of the first, second and third layers. */
  showLayers: z.boolean(),
  articles: z.array(articleSummarySchema),
  /** The pages of a back issue's original in order; empty for other issues. */
  pages: z.array(backIssuePageSchema),
})
export type PublicIssue = z.infer<typeof issueSchema>
