import { ACTIVITY_KINDS, activityArticleSchema, activitySchema, pageOf, recordIdSchema, valuesOf, WEEKDAYS, writeResultSchema } from '@oneheart/contract'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { getActivityBySlug, listActivities } from '../domain/activities.ts'
import { listArticlesOfActivity } from '../domain/activityArticles.ts'
import { createDraftActivity } from '../domain/activityDrafts.ts'
import { pageInput } from '../domain/paging.ts'
import { publicProcedure, writeProcedure } from '../trpc.ts'
import { slugInput } from './articles.ts'

export const activitiesRouter = {
  list: publicProcedure
    .input(
      z
        .object({
          ...pageInput,
          council: slugInput.optional(),
          district: slugInput.optional(),
          kind: z.enum(valuesOf(ACTIVITY_KINDS)).optional(),
          weekday: z.enum(valuesOf(WEEKDAYS)).optional(),
          updatedSince: z.iso.datetime({ offset: true }).optional(),
          ids: z.array(recordIdSchema).max(100).optional(),
        })
        .default({ limit: 20 }),
    )
    .output(pageOf(activitySchema))
    .query(({ ctx, input }) => listActivities(ctx, input)),
  bySlug: publicProcedure
    .input(z.object({ slug: slugInput }))
    .output(activitySchema)
    .query(({ ctx, input }) => getActivityBySlug(ctx, input.slug)),
  articles: publicProcedure
    .input(z.object({ slug: slugInput }))
    .output(z.array(activityArticleSchema))
    .query(({ ctx, input }) => listArticlesOfActivity(ctx, input.slug)),
  create: writeProcedure
    .input(
      z.object({
        name: z.string().trim().min(1).max(80),
        kind: z.enum(valuesOf(ACTIVITY_KINDS)),
        district: slugInput,
        slug: slugInput.optional(),
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
    )
    .output(writeResultSchema)
    .mutation(({ ctx, input }) => createDraftActivity(ctx, input)),
} satisfies TRPCRouterRecord
