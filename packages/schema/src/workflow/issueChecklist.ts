import { firstDayOf, isCalendarDate, lastDayOf } from '@oneheart/contract'
import type { Payload, PayloadRequest } from 'payload'
import type { Article, Event, Issue, Media } from '../payload-types.ts'
import { relationIds } from '../relations.ts'

/**
 * What an editor should know before an issue goes live. A blocker stops publishing; a warning
 * is shown and publishing goes on; "publishes" lists the drafts that go live with the issue.
 */
export type ChecklistLevel = 'blocker' | 'warning'
export interface ChecklistItem {
  level: ChecklistLevel
  message: string
  /** The admin page where it can be fixed. */
  href?: string
}

/** The records an issue's articles need to read complete: they go live with the issue. */
export type DependencyCollection = 'events' | 'activities' | 'meetings'
export interface DraftRecord {
  collection: 'articles' | DependencyCollection
  id: number
  title: string
}

export interface IssueChecklist {
  /** The issue as last saved, drafts included. */
  issue: Issue
  items: ChecklistItem[]
  /** Drafts that publishing the issue publishes with it, articles first. */
  drafts: DraftRecord[]
}

export const DEPENDENCY_COLLECTIONS: readonly DependencyCollection[] = ['events', 'activities', 'meetings']

/** Nouns as the admin's menu names them. */
export const RECORD_NOUNS: Record<DraftRecord['collection'], string> = { articles: '記事', events: 'お知らせ', activities: '活動', meetings: '話し合い' }

type Named = { id: number; _status?: string | null; title?: string | null; name?: string | null }

const adminHref = (collection: string, id: number) => `/admin/collections/${collection}/${id}`
/** Ids in a relationship value, leaving out anything that names no record. */
const idsIn = (value: unknown) => relationIds(value).filter(Number.isInteger)

// Alt text that only repeats a camera's file name, or says nothing about the picture.
const MEANINGLESS_ALT = /^(?:(?:IMG|DSC|DSCN|PXL|P)[_-]?\d+.*|.*\.(?:jpe?g|png|webp|heic)|写真|画像|photo|image|img)$/i

async function readIssue(payload: Payload, id: number, req?: PayloadRequest): Promise<Issue | null> {
  return (
    (await payload.find({ collection: 'issues', where: { id: { equals: id } }, draft: true, depth: 0, limit: 1, overrideAccess: true, req })).docs[0] ?? null
  )
}

/** The issue's articles as the editor last saved them (drafts included), in running order. */
export async function articlesOfIssue(payload: Payload, issueId: number, req?: PayloadRequest): Promise<Article[]> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { issue: { equals: issueId } },
    draft: true,
    depth: 0,
    pagination: false,
    limit: 500,
    sort: 'position',
    overrideAccess: true,
    req,
  })
  return docs
}

async function latestOf(payload: Payload, collection: DependencyCollection, ids: number[], req?: PayloadRequest): Promise<Named[]> {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    draft: true,
    depth: 0,
    pagination: false,
    limit: ids.length,
    overrideAccess: true,
    req,
  })
  return docs as unknown as Named[]
}

function photoIdsOf(article: Article): number[] {
  const fromPhotos = (article.photos ?? []).map((photo) => photo.image)
  const fromFigures = (article.blocks ?? []).flatMap((block) => (block.blockType === 'figure' && !block.alt ? [block.image] : []))
  return idsIn([...fromPhotos, ...fromFigures])
}

/** An announcement with nothing to announce, or only gatherings the issue arrives after. */
function announcementProblems(article: Article, events: Map<number, Event>, issuedOn: string | null): ChecklistItem[] {
  if (article.kind !== 'event-announcement') return []
  const href = adminHref('articles', article.id)
  const linked = idsIn(article.events)
    .map((id) => events.get(id))
    .filter((event): event is Event => Boolean(event))
  if (linked.length === 0)
    return [
      {
        level: 'blocker',
        message: `お知らせ「${article.title}」に催しがつながっていません。日時と会場が載りません。記事の「関係する…催し」で選んでください。`,
        href,
      },
    ]
  const problems: ChecklistItem[] = []
  for (const event of linked) {
    const sessions = (event.sessions ?? []).filter((session) => isCalendarDate(session.date, true))
    if (sessions.length === 0) {
      problems.push({ level: 'blocker', message: `催し「${event.title}」に開催回（日付と会場）がありません。`, href: adminHref('events', event.id) })
      continue
    }
    const issueStart = issuedOn && isCalendarDate(issuedOn, true) ? firstDayOf(issuedOn) : null
    const last = sessions
      .map((session) => lastDayOf(session.date))
      .sort()
      .at(-1)
    if (issueStart && last && last < issueStart) {
      problems.push({
        level: 'warning',
        message: `催し「${event.title}」の開催日（最後は ${last}）が、この号の発行日より前です。`,
        href: adminHref('events', event.id),
      })
    }
  }
  return problems
}

/**
 * The issue screen's checklist, and the rule publishing follows: blockers refuse, warnings
 * inform, drafts the issue depends on are published with it.
 */
export async function issueChecklist(payload: Payload, issueId: number, req?: PayloadRequest): Promise<IssueChecklist | null> {
  const issue = await readIssue(payload, issueId, req)
  if (!issue) return null
  const articles = await articlesOfIssue(payload, issueId, req)
  const items: ChecklistItem[] = []
  const drafts: DraftRecord[] = articles
    .filter((article) => article._status !== 'published')
    .map((article) => ({ collection: 'articles', id: article.id, title: article.title }))
  if (articles.length === 0) items.push({ level: 'warning', message: 'この号にはまだ記事がありません。記事の「掲載号」でこの号を選んでください。' })
  for (const article of articles) {
    if (!article.title?.trim())
      items.push({
        level: 'blocker',
        message: `見出しのない記事があります（${article.position ?? '順番なし'}番目）。`,
        href: adminHref('articles', article.id),
      })
    if (article.position == null)
      items.push({
        level: 'warning',
        message: `記事「${article.title}」に号の中の順番がありません。紙面の最後に載ります。`,
        href: adminHref('articles', article.id),
      })
  }

  const linked = Object.fromEntries(
    await Promise.all(
      DEPENDENCY_COLLECTIONS.map(
        async (collection) =>
          [collection, await latestOf(payload, collection, [...new Set(articles.flatMap((article) => idsIn(article[collection])))], req)] as const,
      ),
    ),
  ) as Record<DependencyCollection, Named[]>
  for (const collection of DEPENDENCY_COLLECTIONS) {
    for (const record of linked[collection]) {
      if (record._status !== 'published') drafts.push({ collection, id: record.id, title: record.title ?? record.name ?? `#${record.id}` })
    }
  }

  const events = new Map(linked.events.map((event) => [event.id, event as unknown as Event]))
  for (const article of articles) items.push(...announcementProblems(article, events, issue.issuedOn ?? null))

  const photoIds = [...new Set([...articles.flatMap(photoIdsOf), ...idsIn(issue.cover)])]
  if (photoIds.length > 0) {
    const { docs } = await payload.find({
      collection: 'media',
      where: { id: { in: photoIds } },
      depth: 0,
      pagination: false,
      limit: photoIds.length,
      overrideAccess: true,
      req,
      select: { alt: true, filename: true },
    })
    for (const media of docs as Media[]) {
      const alt = media.alt?.trim() ?? ''
      if (alt === '' || MEANINGLESS_ALT.test(alt) || alt === media.filename) {
        items.push({
          level: 'warning',
          message: `写真「${media.filename ?? media.id}」の代替テキスト「${alt}」では、目の不自由な方に写真の内容が伝わりません。何が写っているかを書いてください。`,
          href: adminHref('media', media.id),
        })
      }
    }
  }
  return { issue, items, drafts }
}

/** The publish button's words: この号と記事3件・お知らせ1件を公開. */
export function publishLabel(drafts: DraftRecord[]): string {
  const counts = new Map<string, number>()
  for (const record of drafts) counts.set(RECORD_NOUNS[record.collection], (counts.get(RECORD_NOUNS[record.collection]) ?? 0) + 1)
  const parts = [...counts].map(([noun, count]) => `${noun}${count}件`)
  return parts.length === 0 ? 'この号を公開' : `この号と${parts.join('・')}を公開`
}
