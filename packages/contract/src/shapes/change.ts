import { z } from 'zod'

export const CHANGE_TYPES = ['issue', 'article', 'activity', 'event', 'meeting', 'council', 'district'] as const

export const changeSchema = z.object({
  type: z.enum(CHANGE_TYPES),
  id: z.number(),
  /** The slug, or the issue number for issues: what the public URL uses. */
  slug: z.string().nullable(),
  action: z.enum(['upsert', 'remove']),
  at: z.string(),
})
export type PublicChange = z.infer<typeof changeSchema>

export const changesPageSchema = z.object({
  changes: z.array(changeSchema),
  /** Pass back to get what changed after these; stable and opaque. */
  nextCursor: z.string(),
  hasMore: z.boolean(),
})
