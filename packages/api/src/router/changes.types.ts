import { changesPageSchema } from '@oneheart/contract'
import { z } from 'zod'

export const since = {
  input: z.object({ cursor: z.string().max(200).nullish(), limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 }),
  output: changesPageSchema,
}
