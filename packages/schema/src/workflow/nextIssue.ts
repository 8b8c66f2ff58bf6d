import { CALENDAR_MONTH, type CalendarDate, isCalendarDate, japanDay } from '@oneheart/contract'
import type { Payload, PayloadRequest } from 'payload'
import type { Article, Issue } from '../payload-types.ts'
import { articlesOfIssue } from './issueChecklist.ts'

export interface NextIssueProposal {
  number: number
  issuedOn: CalendarDate
  /** The issue it would start from, if there is one. */
  basedOn: { id: number; number: number; title: string; issuedOn: string } | null
}

// Articles that come back in every issue with the same shape: the standing notices and the
// first-layer meetings' summary. Reports and announcements are new each time.
const REPEATING_KINDS: readonly Article['kind'][] = ['notice', 'meeting-summary']

const pad = (n: number) => String(n).padStart(2, '0')

/** Months from one calendar date to another (by year and month only). */
function monthsBetween(from: string, to: string): number {
  const [fy = 0, fm = 0] = from.split('-').map(Number)
  const [ty = 0, tm = 0] = to.split('-').map(Number)
  return (ty - fy) * 12 + (tm - fm)
}

/** A calendar date moved by whole months, keeping its precision (a day past the month's end is clamped). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year = 0, month = 1, day] = date.split('-').map(Number)
  const index = year * 12 + (month - 1) + months
  const next = `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
  if (day === undefined) return next
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate()
  return `${next}-${pad(Math.min(day, last))}`
}

async function latestIssues(payload: Payload, req?: PayloadRequest): Promise<Issue[]> {
  const { docs } = await payload.find({
    collection: 'issues',
    where: { number: { exists: true } },
    draft: true,
    depth: 0,
    limit: 2,
    sort: '-number',
    overrideAccess: true,
    req,
  })
  return docs
}

/**
 * The next 号数 and 発行日: one after the highest number, and the last date moved on by the
 * gap between the last two issues (three months when there is only one), never in the past.
 */
export async function proposeNextIssue(payload: Payload, today = new Date(), req?: PayloadRequest): Promise<NextIssueProposal> {
  const [last, before] = await latestIssues(payload, req)
  const now = japanDay(today)
  if (!last || !isCalendarDate(last.issuedOn, true)) return { number: (last?.number ?? 0) + 1, issuedOn: now.slice(0, 7), basedOn: null }
  const gap = before && isCalendarDate(before.issuedOn, true) ? monthsBetween(before.issuedOn, last.issuedOn) : 3
  // An irregular gap (over half a year, or none) falls back to a quarter.
  let issuedOn = addMonths(last.issuedOn, gap >= 1 && gap <= 6 ? gap : 3)
  // A month-dated proposal compares by its month, a day by its day.
  const precision = CALENDAR_MONTH.test(issuedOn) ? 7 : 10
  while (issuedOn < now.slice(0, precision)) issuedOn = addMonths(issuedOn, 1)
  return { number: last.number + 1, issuedOn, basedOn: { id: last.id, number: last.number, title: last.title, issuedOn: last.issuedOn } }
}

export interface NewIssueInput {
  number: number
  issuedOn: CalendarDate
  /** Start from this issue's standing parts; null starts empty. */
  fromIssueId: number | null
}

/** What repeats in an article: its words and layout, not the links to one issue's meetings or photos. */
function repeatedArticle(article: Article, issueId: number) {
  return {
    title: article.title,
    kind: article.kind,
    lead: article.lead,
    position: article.position,
    // A meeting summary is written anew from the next months' meetings; a notice keeps its text.
    blocks: article.kind === 'meeting-summary' ? [] : (article.blocks ?? []).map(({ id: _id, ...block }) => block),
    councils: article.councils,
    districts: article.districts,
    issue: issueId,
    _status: 'draft' as const,
  }
}

/**
 * A new draft issue, optionally started from another: its standing notices (the request box,
 * the layers explainer, the planned pages) and its repeating articles copied as drafts; the
 * title, greeting, cover and reports left for the new issue. One transaction: all or nothing.
 */
export async function createNextIssue(payload: Payload, input: NewIssueInput, req: PayloadRequest): Promise<Issue> {
  const from =
    input.fromIssueId === null
      ? null
      : await payload.findByID({ collection: 'issues', id: input.fromIssueId, draft: true, depth: 0, overrideAccess: true, req })
  const title = `第${input.number}号`
  const issue = await payload.create({
    collection: 'issues',
    draft: true,
    data: {
      number: input.number,
      issuedOn: input.issuedOn,
      title,
      requestBox: from?.requestBox ?? null,
      showLayers: from?.showLayers ?? false,
      plannedPages: from?.plannedPages ?? '4',
      _status: 'draft',
    },
    overrideAccess: false,
    req,
  })
  if (from) {
    const repeating = (await articlesOfIssue(payload, from.id, req)).filter((article) => REPEATING_KINDS.includes(article.kind))
    for (const article of repeating) {
      await payload.create({ collection: 'articles', draft: true, data: repeatedArticle(article, issue.id) as never, overrideAccess: false, req })
    }
  }
  return issue
}
