import { z } from 'zod'
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, valuesOf, WEEKDAYS } from '../options.ts'
import { calendarDateSchema, mediaSchema, refSchema } from './common.ts'

export const activitySchema = z.object({
  id: z.number(),
  slug: z.string(),
  name: z.string(),
  reading: z.string().nullable(),
  kind: z.enum(valuesOf(ACTIVITY_KINDS)),
  status: z.enum(valuesOf(ACTIVITY_STATUSES)),
  district: refSchema.nullable(),
  council: refSchema.nullable(),
  neighbourhood: z.string().nullable(),
  place: z.string().nullable(),
  schedule: z.object({
    frequency: z.string().nullable(),
    weekdays: z.array(z.enum(valuesOf(WEEKDAYS))),
    detail: z.string().nullable(),
  }),
  fee: z.string().nullable(),
  organiser: z.string().nullable(),
  contact: z.object({ name: z.string().nullable(), phone: z.string().nullable() }),
  startedOn: calendarDateSchema.nullable(),
  summary: z.string().nullable(),
  history: z.string().nullable(),
  photo: mediaSchema.nullable(),
  updatedAt: z.string(),
})
export type PublicActivity = z.infer<typeof activitySchema>

/** An article that names an activity, for the activity's page. */
export const activityArticleSchema = z.object({
  id: z.number(),
  slug: z.string(),
  title: z.string(),
  publishedOn: calendarDateSchema.nullable(),
  issueNumber: z.number().nullable(),
})
export type PublicActivityArticle = z.infer<typeof activityArticleSchema>
