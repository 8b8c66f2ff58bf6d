import type { PublicEventFlyer, PublicIssueEdition } from '@oneheart/contract'
import type { ApiContext } from '../context.ts'
import { listFullArticlesOfIssue } from './articles.ts'
import { getEventById, getEventsByIds, getMeetingsByIds } from './events.ts'
import { getIssueByNumber } from './issues.ts'
import { getNewsletter } from './newsletter.ts'

const uniqueIds = (refs: { id: number }[]) => [...new Set(refs.map((ref) => ref.id))]

/** Everything one printed issue shows; `drafts` gives the editors' preview of work in progress. */
export async function loadIssueEdition(ctx: ApiContext, number: number, drafts = false): Promise<PublicIssueEdition> {
  const issue = await getIssueByNumber(ctx, number, drafts)
  const [newsletter, articles] = await Promise.all([getNewsletter(ctx), listFullArticlesOfIssue(ctx, issue.id, drafts)])
  const [events, meetings] = await Promise.all([
    getEventsByIds(ctx, uniqueIds(articles.flatMap((article) => article.events)), drafts),
    getMeetingsByIds(ctx, uniqueIds(articles.flatMap((article) => article.meetings)), drafts),
  ])
  return { newsletter, issue, articles, events, meetings }
}

export async function loadEventFlyer(ctx: ApiContext, eventId: number): Promise<PublicEventFlyer> {
  const [newsletter, event] = await Promise.all([getNewsletter(ctx), getEventById(ctx, eventId)])
  return { newsletter, event }
}
