import {
  ACTIVITY_KINDS,
  activityArticleSchema,
  activitySchema,
  pageOf,
  recordIdSchema,
  slugSchema,
  valuesOf,
  WEEKDAYS,
  writeResultSchema,
} from '@oneheart/contract'
import { z } from 'zod'
import { pageInput } from '../domain/paging.ts'

export const list = {
  input: z
    .object({
      ...pageInput,
      council: slugSchema.optional(),
      district: slugSchema.optional(),
      kind: z.enum(valuesOf(ACTIVITY_KINDS)).optional(),
      weekday: z.enum(valuesOf(WEEKDAYS)).optional(),
      updatedSince: z.iso.datetime({ offset: true }).optional(),
      ids: z.array(recordIdSchema).max(100).optional(),
    })
    .default({ limit: 20 }),
  output: pageOf(activitySchema),
}
export const bySlug = { input: z.object({ slug: slugSchema }), output: activitySchema }
export const articles = { input: z.object({ slug: slugSchema }), output: z.array(activityArticleSchema) }
export const create = {
  input: z.object({
    name: z.string().trim().min(1).max(80),
    kind: z.enum(valuesOf(ACTIVITY_KINDS)),
    district: slugSchema,
    slug: slugSchema.optional(),
    neighbourhood: z.string().max(60).optional(),
    place: z.string().max(120).optional(),
    frequency: z.string().max(20).optional(),
    weekdays: z
      .array(z.enum(valuesOf(WEEKDAYS)))
      .max(7)
      .optional(),
    scheduleDetail: z.string().max(120).optional(),
    fee: z.string().max(60).optional(),
    organiser: z.string().max(80).optional(),
    contactName: z.string().max(80).optional(),
    contactPhone: z.string().max(20).optional(),
    summary: z.string().max(1000).optional(),
  }),
  output: writeResultSchema,
}
