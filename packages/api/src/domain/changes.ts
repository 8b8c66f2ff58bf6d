import type { PublicChange } from '@oneheart/contract'
import { publishedOnly } from '@oneheart/schema'
import type { CollectionSlug, Where } from 'payload'
import type { ApiContext } from '../context.ts'
import { DomainError } from './errors.ts'
import { cursorInstant, isCursorId } from './paging.ts'

type ChangeType = PublicChange['type']

/** The public collections a syncing site follows, and whether they have a published state. */
const SOURCES: { collection: CollectionSlug; type: ChangeType; drafts: boolean; slugOf: (doc: Record<string, unknown>) => string | null }[] = [
  { collection: 'issues', type: 'issue', drafts: true, slugOf: (doc) => String(doc.number) },
  { collection: 'articles', type: 'article', drafts: true, slugOf: (doc) => (doc.slug as string) ?? null },
  { collection: 'activities', type: 'activity', drafts: true, slugOf: (doc) => (doc.slug as string) ?? null },
  { collection: 'events', type: 'event', drafts: true, slugOf: (doc) => (doc.slug as string) ?? null },
  { collection: 'meetings', type: 'meeting', drafts: true, slugOf: () => null },
  { collection: 'councils', type: 'council', drafts: false, slugOf: (doc) => (doc.slug as string) ?? null },
  { collection: 'districts', type: 'district', drafts: false, slugOf: (doc) => (doc.slug as string) ?? null },
]
const TYPE_OF = new Map(SOURCES.map((source) => [source.collection as string, source.type]))

interface Position {
  at: string
  type: string
  id: number
}

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.at, position.type, position.id])).toString('base64url')
}

function decodeCursor(cursor: string): Position {
  try {
    const [time, type, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[]
    const at = cursorInstant(time)
    if (at === null || typeof type !== 'string' || type.length > 40 || !isCursorId(id)) throw new Error()
    return { at, type, id }
  } catch {
    throw new DomainError('INVALID', 'カーソルが正しくありません。前回の応答の nextCursor をそのまま渡してください。', { cursor: ['不正なカーソルです。'] })
  }
}

/** Orders changes by time, then type, then id, so a cursor is a single point in one total order. */
function compare(a: Position, b: Position): number {
  return a.at.localeCompare(b.at) || a.type.localeCompare(b.type) || a.id - b.id
}

/**
 * Rows of one source strictly after the cursor in the order (time, type, id): later times;
 * at the cursor's time, only ids after it for its own type, and every row for types that sort
 * after it.
 */
function after(from: Position, type: string): Where {
  const later: Where = { updatedAt: { greater_than: from.at } }
  if (type < from.type) return later
  const sameTime: Where =
    type === from.type ? { and: [{ updatedAt: { equals: from.at } }, { id: { greater_than: from.id } }] } : { updatedAt: { equals: from.at } }
  return { or: [later, sameTime] }
}

/**
 * Everything published, changed or removed after the cursor, oldest first. One query per
 * collection plus one for removals, whatever the page size.
 */
export async function listChangesSince(ctx: ApiContext, input: { cursor?: string | null; limit: number }) {
  const from: Position = input.cursor ? decodeCursor(input.cursor) : { at: '1970-01-01T00:00:00.000Z', type: '', id: 0 }
  const take = input.limit + 1
  const [removals, ...upserts] = await Promise.all([
    // Tombstones are ordered by their own id in the table; the few that share a millisecond
    // are put in cursor order below. The collection is closed to the public; this feed is its
    // only public door, and it only holds records that were public.
    ctx.payload.find({
      collection: 'removals',
      where: { updatedAt: { greater_than_equal: from.at } },
      sort: ['updatedAt', 'id'],
      limit: take,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    ...SOURCES.map((source) =>
      ctx.payload.find({
        collection: source.collection,
        where: source.drafts ? { and: [after(from, source.type), publishedOnly] } : after(from, source.type),
        sort: ['updatedAt', 'id'],
        limit: take,
        pagination: false,
        depth: 0,
        select: { updatedAt: true, slug: true, number: true } as never,
        overrideAccess: false,
        user: ctx.user,
      }),
    ),
  ])
  const changes: (PublicChange & Position)[] = [
    ...upserts.flatMap((result, index) =>
      result.docs.map((doc) => {
        const source = SOURCES[index]!
        const record = doc as unknown as Record<string, unknown> & { id: number; updatedAt: string }
        return { type: source.type, id: record.id, slug: source.slugOf(record), action: 'upsert' as const, at: record.updatedAt }
      }),
    ),
    ...removals.docs.flatMap((removal) => {
      const type = TYPE_OF.get(removal.kind)
      return type ? [{ type, id: removal.recordId, slug: removal.slug ?? null, action: 'remove' as const, at: removal.updatedAt }] : []
    }),
  ]
    .filter((change) => compare(change, from) > 0)
    .sort(compare)
  const page = changes.slice(0, input.limit)
  const last = page.at(-1)
  // A source that filled its page may hold more than this page shows, even if the merge is short.
  // (Only the strictly filtered sources: tombstones are re-read from the cursor's millisecond.)
  const filled = upserts.some((result) => result.docs.length >= take)
  return {
    changes: page.map(({ type, id, slug, action, at }) => ({ type, id, slug, action, at })),
    nextCursor: encodeCursor(last ?? from),
    hasMore: changes.length > input.limit || filled,
  }
}
