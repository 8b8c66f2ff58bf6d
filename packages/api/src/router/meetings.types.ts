import { meetingSchema, recordIdSchema } from '@oneheart/contract'
import { z } from 'zod'

export const list = {
  input: z.object({ limit: z.number().int().min(1).max(100).default(24), ids: z.array(recordIdSchema).max(100).optional() }).default({ limit: 24 }),
  output: z.array(meetingSchema),
}
