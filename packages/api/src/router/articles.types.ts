import { ARTICLE_KINDS, articleBlockInputSchema, articleSchema, recordIdSchema, slugSchema, valuesOf, writeResultSchema } from '@oneheart/contract'
import { z } from 'zod'

const slugList = z.array(slugSchema).max(50).optional()
const partText = z.string().max(4000).optional()

// Strict: a key the API does not know is refused, never silently dropped.
const draftFields = z.strictObject({
  title: z.string().trim().min(1).max(120),
  kind: z.enum(valuesOf(ARTICLE_KINDS)),
  slug: slugSchema.optional(),
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

export const bySlug = { input: z.object({ slug: slugSchema }), output: articleSchema }
export const draftById = { input: z.object({ id: recordIdSchema }), output: articleSchema }
export const createDraft = { input: draftFields, output: writeResultSchema }
export const updateDraft = { input: z.object({ id: recordIdSchema, patch: draftFields.partial() }), output: writeResultSchema }
