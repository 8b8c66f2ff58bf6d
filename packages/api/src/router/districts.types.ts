import { districtSchema } from '@oneheart/contract'
import { z } from 'zod'

export const list = { output: z.array(districtSchema) }
