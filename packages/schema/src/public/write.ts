import { z } from 'zod'

/** What a write answers: the record and its state (writes through the API stay drafts). */
export const writeResultSchema = z.object({
  id: z.number(),
  slug: z.string(),
  status: z.enum(['draft', 'published']),
  updatedAt: z.string(),
})
export type WriteResult = z.infer<typeof writeResultSchema>
