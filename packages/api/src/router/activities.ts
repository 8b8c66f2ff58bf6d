import { ACTIVITY_KINDS, valuesOf, WEEKDAYS } from '@oneheart/schema'
import { activitySchema, pageOf } from '@oneheart/schema/public'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { getActivityBySlug, listActivities } from '../domain/activities.ts'
import { pageInput } from '../domain/paging.ts'
import { publicProcedure } from '../trpc.ts'
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
        })
        .default({ limit: 20 }),
    )
    .output(pageOf(activitySchema))
    .query(({ ctx, input }) => listActivities(ctx, input)),
  bySlug: publicProcedure
    .input(z.object({ slug: slugInput }))
    .output(activitySchema)
    .query(({ ctx, input }) => getActivityBySlug(ctx, input.slug)),
} satisfies TRPCRouterRecord
