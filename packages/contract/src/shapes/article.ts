import { z } from 'zod'
import { ARTICLE_KINDS, valuesOf } from '../options.ts'
import { articleBlockSchema } from './blocks.ts'
import { calendarDateSchema, mediaSchema, refSchema } from './common.ts'

export const articleSummarySchema = z.object({
  id: z.number(),
  slug: z.string(),
  title: z.string(),
  kind: z.enum(valuesOf(ARTICLE_KINDS)),
  lead: z.string().nullable(),
  issueNumber: z.number().nullable(),
  position: z.number().nullable(),
  /** The day it was published, or its issue's month when that is all the paper says. */
  publishedOn: calendarDateSchema.nullable(),
  districts: z.array(refSchema),
  /** For an article of a back issue: the page of the original it starts on (/issues/23#p2). */
  sourcePage: z.number().nullable(),
})
export type PublicArticleSummary = z.infer<typeof articleSummarySchema>

export const articlePartsSchema = z.object({
  purpose: z.string().nullable(),
  background: z.string().nullable(),
  scene: z.string().nullable(),
  nextSteps: z.string().nullable(),
  impressions: z.string().nullable(),
})

export const articleSchema = articleSummarySchema.extend({
  /** Where an activity report or council story took place. */
  place: z.string().nullable(),
  /** The body as laid out: labelled parts, text, step flows, boxes, figures, quotes, tables, in order. */
  blocks: z.array(articleBlockSchema),
  /** Compatibility for clients written before blocks: the text of each standard labelled part. */
  parts: articlePartsSchema,
  /** Compatibility: the text blocks joined as one Lexical document (no steps, boxes or figures). */
  body: z.unknown().nullable(),
  photos: z.array(z.object({ image: mediaSchema, caption: z.string().nullable() })),
  visit: z
    .object({ visitors: z.string().nullable(), headcount: z.number().nullable(), staffCount: z.number().nullable(), visitedOn: calendarDateSchema.nullable() })
    .nullable(),
  councils: z.array(refSchema),
  activities: z.array(refSchema),
  events: z.array(refSchema),
  meetings: z.array(refSchema),
  updatedAt: z.string(),
})
export type PublicArticle = z.infer<typeof articleSchema>
