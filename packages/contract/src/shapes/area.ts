import { z } from 'zod'
import { refSchema } from './common.ts'

export const districtSchema = refSchema.extend({ reading: z.string().nullable(), council: refSchema.nullable() })
export type PublicDistrict = z.infer<typeof districtSchema>

export const councilSchema = refSchema.extend({
  layer: z.union([z.literal(1), z.literal(2)]),
  reading: z.string().nullable(),
  exchangeGroup: z.number().nullable(),
  description: z.string().nullable(),
  districts: z.array(refSchema),
})
export type PublicCouncil = z.infer<typeof councilSchema>
