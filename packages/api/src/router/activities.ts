import type { TRPCRouterRecord } from '@trpc/server'
import { getActivityBySlug, listActivities } from '../domain/activities.ts'
import { listArticlesOfActivity } from '../domain/activityArticles.ts'
import { createDraftActivity } from '../domain/activityDrafts.ts'
import { publicRead } from '../publicReads.ts'
import { publicProcedure, writeProcedure } from '../trpc.ts'
import * as contract from './activities.types.ts'

export const activitiesRouter = {
  list: publicProcedure
    .input(contract.list.input)
    .output(contract.list.output)
    .query(({ ctx, input }) => publicRead(ctx, 'activities.list', input, () => listActivities(ctx, input))),
  bySlug: publicProcedure
    .input(contract.bySlug.input)
    .output(contract.bySlug.output)
    .query(({ ctx, input }) => publicRead(ctx, 'activities.bySlug', input, () => getActivityBySlug(ctx, input.slug))),
  articles: publicProcedure
    .input(contract.articles.input)
    .output(contract.articles.output)
    .query(({ ctx, input }) => publicRead(ctx, 'activities.articles', input, () => listArticlesOfActivity(ctx, input.slug))),
  create: writeProcedure
    .input(contract.create.input)
    .output(contract.create.output)
    .mutation(({ ctx, input }) => createDraftActivity(ctx, input)),
} satisfies TRPCRouterRecord
