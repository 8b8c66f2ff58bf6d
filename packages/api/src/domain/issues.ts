import { calendarDateOf, type PublicIssue, type PublicIssueSummary, withoutUnsafeLinks } from '@oneheart/contract'
import { type Issue, publishedOnly, textToLexical } from '@oneheart/schema'
import type { Where } from 'payload'
import type { ApiContext } from '../context.ts'
import { listArticlesOfIssue } from './articles.ts'
import { backIssuePagesOf, backIssuePagesSelect, backIssueStampSelect, fileSizeOf, isBackIssue } from './backIssues.ts'
import { notFound } from './errors.ts'
import { nextCursorOf } from './paging.ts'
import { mediaOf, mediaPopulate } from './shapes.ts'

const summarySelect = { number: true, title: true, issuedOn: true, cover: true, pdf: true, updatedAt: true, ...backIssueStampSelect } as const
// One issue also states its PDF's size, for the link's text.
const issuePopulate = { media: { ...mediaPopulate.media, filesize: true } } as const

function toSummary(issue: Pick<Issue, 'id' | 'number' | 'title' | 'issuedOn' | 'cover' | 'pdf' | 'archive' | 'updatedAt'>): PublicIssueSummary {
  return {
    id: issue.id,
    number: issue.number,
    title: issue.title,
    issuedOn: calendarDateOf(issue.issuedOn) ?? '',
    cover: mediaOf(issue.cover),
    pdfUrl: mediaOf(issue.pdf)?.url ?? null,
    backIssue: isBackIssue(issue),
    updatedAt: issue.updatedAt,
  }
}

/**
 * Where the page after `cursor` (the last issue number seen) starts, newest first by date.
 * Issue numbers do not always follow dates (a summer issue entered late), so the keyset is
 * (issuedOn, number). Dates are text (2025-08 or 2025-08-15), which sorts as dates do.
 */
async function afterIssue(ctx: ApiContext, cursor: number): Promise<Where> {
  const { docs } = await ctx.payload.find({
    collection: 'issues',
    where: { number: { equals: cursor } },
    limit: 1,
    depth: 0,
    select: { issuedOn: true },
    overrideAccess: false,
    user: ctx.user,
  })
  const issuedOn = docs[0]?.issuedOn
  if (!issuedOn) return { number: { less_than: cursor } }
  return { or: [{ issuedOn: { less_than: issuedOn } }, { and: [{ issuedOn: { equals: issuedOn } }, { number: { less_than: cursor } }] }] }
}

/** Published issues, newest first by date; the cursor is the last issue number seen. */
export async function listIssues(ctx: ApiContext, input: { cursor?: number | null; limit: number; year?: number }) {
  const filters: Where[] = [publishedOnly]
  if (input.year) {
    // A fiscal year runs from April to March, as the city counts it; a month-dated issue counts by its month.
    filters.push({ issuedOn: { greater_than_equal: `${input.year}-04` } })
    filters.push({ issuedOn: { less_than: `${input.year + 1}-04` } })
  }
  const base: Where = { and: filters }
  const [page, total] = await Promise.all([
    ctx.payload.find({
      collection: 'issues',
      where: input.cursor ? { and: [...filters, await afterIssue(ctx, input.cursor)] } : base,
      sort: ['-issuedOn', '-number'],
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
    select: { ...summarySelect, ...backIssuePagesSelect, greeting: true, plannedPages: true, requestBox: true, showLayers: true },
    populate: issuePopulate,
    joins: false,
    overrideAccess: false,
    user: ctx.user,
  })
  const issue = docs[0]
  if (!issue) throw notFound(`第${number}号`)
  const [articles, requestBox] = await Promise.all([
    listArticlesOfIssue(ctx, issue),
    hasWords(issue.requestBox) ? withoutUnsafeLinks(issue.requestBox) : usualRequestBox(ctx),
  ])
  return {
    ...toSummary(issue),
    pdfSize: fileSizeOf(issue.pdf),
    greeting: issue.greeting ?? null,
    plannedPages: Number(issue.plannedPages ?? 4),
    requestBox,
    showLayers: issue.showLayers ?? false,
    articles,
    pages: backIssuePagesOf(issue),
  }
}

/** Rich text that holds at least one word (an emptied editor still stores an empty paragraph). */
function hasWords(value: unknown): boolean {
  return value != null && /"text":"[^"]/.test(JSON.stringify(value))
}

/** The settings' usual wording of the request box, as rich text. */
async function usualRequestBox(ctx: ApiContext): Promise<unknown> {
  const settings = await ctx.payload.findGlobal({ slug: 'newsletter', depth: 0, select: { requestBox: true }, overrideAccess: false, user: ctx.user })
  return settings.requestBox?.trim() ? textToLexical(settings.requestBox) : null
}
