import { councilSchema, slugSchema } from '@oneheart/contract'
import { z } from 'zod'

export const list = { input: z.object({ layer: z.union([z.literal(1), z.literal(2)]).optional() }).default({}), output: z.array(councilSchema) }
export const bySlug = { input: z.object({ slug: slugSchema }), output: councilSchema }
