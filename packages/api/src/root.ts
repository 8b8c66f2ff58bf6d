import { activitiesRouter } from './router/activities.ts'
import { articlesRouter } from './router/articles.ts'
import { changesRouter } from './router/changes.ts'
import { councilsRouter } from './router/councils.ts'
import { districtsRouter } from './router/districts.ts'
import { editionsRouter } from './router/editions.ts'
import { eventsRouter } from './router/events.ts'
import { issuesRouter } from './router/issues.ts'
import { meetingsRouter } from './router/meetings.ts'
import { searchRouter } from './router/search.ts'
import { createRouter } from './trpc.ts'

export const appRouter = createRouter({
  issues: issuesRouter,
  articles: articlesRouter,
  councils: councilsRouter,
  districts: districtsRouter,
  activities: activitiesRouter,
  events: eventsRouter,
  meetings: meetingsRouter,
  search: searchRouter,
  editions: editionsRouter,
  changes: changesRouter,
})

export type AppRouter = typeof appRouter
