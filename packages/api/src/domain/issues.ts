import { publishedOnly, type Issue } from '@oneheart/schema'
import type { Where } from 'payload'
import type { PublicIssue, PublicIssueSummary } from '@oneheart/schema/public'
import { notFound } from '../errors.ts'
import type { ApiContext } from '../trpc.ts'
import { listArticlesOfIssue } from './articles.ts'
import { nextCursorOf } from './paging.ts'
import { dayOrNull, mediaOf, mediaPopulate } from './shapes.ts'

const summarySelect = { number: true, title: true, issuedOn: true, cover: true, pdf: true, updatedAt: true } as const

function toSummary(issue: Pick<Issue, 'id' | 'number' | 'title' | 'issuedOn' | 'cover' | 'pdf' | 'updatedAt'>): PublicIssueSummary {
  return {
    id: issue.id,
    number: issue.number,
    title: issue.title,
    issuedOn: dayOrNull(issue.issuedOn) ?? '',
    cover: mediaOf(issue.cover),
    pdfUrl: mediaOf(issue.pdf)?.url ?? null,
    updatedAt: issue.updatedAt,
  }
}

/** Published issues, newest first; the cursor is the last issue number seen. */
export async function listIssues(ctx: ApiContext, input: { cursor?: number | null; limit: number; year?: number }) {
  const filters: Where[] = [publishedOnly]
  if (input.year) {
    // A fiscal year runs from April to March, as the city counts it.
    filters.push({ issuedOn: { greater_than_equal: `${input.year}-04-01T00:00:00+09:00` } })
    filters.push({ issuedOn: { less_than: `${input.year + 1}-04-01T00:00:00+09:00` } })
  }
  const base: Where = { and: filters }
  const [page, total] = await Promise.all([
    ctx.payload.find({
      collection: 'issues',
      where: input.cursor ? { and: [...filters, { number: { less_than: input.cursor } }] } : base,
      sort: '-number',
      limit: input.limit + 1,
      pagination: false,
      depth: 1,
      select: summarySelect,
      populate: mediaPopulate,
      joins: false,
      overrideAccess: false,
      user: ctx.user,
    }),
    ctx.payload.count({ collection: 'issues', where: base, overrideAccess: false, user: ctx.user }),
  ])
  return {
    items: page.docs.slice(0, input.limit).map(toSummary),
    nextCursor: nextCursorOf(page.docs, input.limit, (issue) => issue.number),
    total: total.totalDocs,
  }
}

/** A published issue; with `drafts`, its latest draft (callers allowed to read drafts). */
export async function getIssueByNumber(ctx: ApiContext, number: number, drafts = false): Promise<PublicIssue> {
  const byNumber: Where = { number: { equals: number } }
  const { docs } = await ctx.payload.find({
    collection: 'issues',
    where: drafts ? byNumber : { and: [publishedOnly, byNumber] },
    draft: drafts,
    limit: 1,
    pagination: false,
    depth: 1,
    select: { ...summarySelect, greeting: true, plannedPages: true },
    populate: mediaPopulate,
    joins: false,
    overrideAccess: false,
    user: ctx.user,
  })
  const issue = docs[0]
  if (!issue) throw notFound(`第${number}号`)
  return {
    ...toSummary(issue),
    greeting: issue.greeting ?? null,
    plannedPages: Number(issue.plannedPages ?? 4),
    articles: await listArticlesOfIssue(ctx, issue.id, issue.number),
  }
}
