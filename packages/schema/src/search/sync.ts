import { SEARCH_TYPES, type SearchType, searchStore, toSearchRow } from '@oneheart/search'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'
import { mayChangePublicView } from '../hooks/recordRemoval.ts'
import { publicSearchDocument, SEARCH_COLLECTIONS } from './documents.ts'
import { searchExecutor } from './executor.ts'

export const searchEntries = searchStore('search_entries')

/** Brings one record's entry in line with what the public sees: written, rewritten or removed. */
export async function syncSearchEntry(payload: Payload, type: SearchType, id: number, req?: PayloadRequest): Promise<void> {
  const run = await searchExecutor(payload, req)
  const document = await publicSearchDocument(payload, type, id, req)
  if (document) await searchEntries.upsert(run, toSearchRow(document))
  else await searchEntries.remove(run, type, id)
}

const typeOfCollection = Object.fromEntries(Object.entries(SEARCH_COLLECTIONS).map(([type, slug]) => [slug, type])) as Record<string, SearchType>

/** Article fields that link records whose text the article's entry carries (see documents.ts). */
const LINKED_FROM_ARTICLES: Partial<Record<SearchType, 'meetings' | 'events'>> = { meeting: 'meetings', event: 'events' }

/** Rewrites the entries of published articles that carry a meeting's or event's text. */
async function refreshLinkingArticles(payload: Payload, type: SearchType, id: number, req: PayloadRequest): Promise<void> {
  const field = LINKED_FROM_ARTICLES[type]
  if (!field) return
  const { docs } = await payload.find({
    collection: 'articles',
    where: { [field]: { in: [id] } },
    pagination: false,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
    draft: false,
    req,
  })
  for (const article of docs) await syncSearchEntry(payload, 'article', article.id, req)
}

/*
 * The index's hooks, declared on each collection it reads (see collections/), so a reader of a
 * collection sees what a change to it sets off. hooks.test.ts checks that none is missing.
 */

/** afterChange of every searchable collection: the record's entry, and those of articles linking to it, follow it. */
export const keepSearchEntryCurrent: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!mayChangePublicView(collection.slug, doc, req)) return doc
  const type = typeOfCollection[collection.slug]!
  await syncSearchEntry(req.payload, type, doc.id, req)
  await refreshLinkingArticles(req.payload, type, doc.id, req)
  return doc
}

/** afterDelete of every searchable collection. */
export const dropSearchEntry: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await searchEntries.remove(await searchExecutor(req.payload, req), typeOfCollection[collection.slug]!, doc.id)
}

/** afterChange of councils and districts: entries that show the name (articles, activities…) follow a rename. */
export function refreshSearchEntriesNaming(ref: 'councilId' | 'districtId'): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update' || (doc.name === previousDoc?.name && doc.reading === previousDoc?.reading)) return doc
    const run = await searchExecutor(req.payload, req)
    for (const entry of await searchEntries.referencing(run, { [ref]: doc.id })) {
      await syncSearchEntry(req.payload, entry.type, entry.docId, req)
    }
    return doc
  }
}

export interface ReindexProgress {
  type: SearchType
  done: number
  total: number
}

/** Rebuilds the whole index from the published records, in one transaction. */
export async function reindexAll(payload: Payload, onProgress?: (progress: ReindexProgress) => void): Promise<number> {
  const plan: Array<{ type: SearchType; ids: number[] }> = []
  for (const type of SEARCH_TYPES) {
    const { docs } = await payload.find({
      collection: SEARCH_COLLECTIONS[type],
      pagination: false,
      depth: 0,
      select: { createdAt: true },
      overrideAccess: true,
      draft: false,
    })
    plan.push({ type, ids: docs.map((doc) => doc.id as number) })
  }
  const total = plan.reduce((sum, step) => sum + step.ids.length, 0)
  const req = { payload, context: {} } as unknown as PayloadRequest
  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  let done = 0
  let written = 0
  try {
    const run = await searchExecutor(payload, req)
    await searchEntries.clear(run)
    for (const step of plan) {
      for (const id of step.ids) {
        const document = await publicSearchDocument(payload, step.type, id, req)
        if (document) {
          await searchEntries.upsert(run, toSearchRow(document))
          written++
        }
        onProgress?.({ type: step.type, done: ++done, total })
      }
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
  return written
}

/**
 * Fills an empty index (a database that had content before search existed), or rebuilds one
 * written by older code: before dates and title readings were indexed, or in an older normal
 * form (before the repairs of PDF damage, for instance).
 */
export async function ensureSearchIndex(payload: Payload): Promise<number | null> {
  const run = await searchExecutor(payload)
  if ((await searchEntries.size(run)) > 0 && !(await searchEntries.needsRebuild(run))) return null
  return reindexAll(payload)
}
