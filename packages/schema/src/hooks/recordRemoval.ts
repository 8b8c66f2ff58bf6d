import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

type Doc = { id: number; slug?: string | null; _status?: string | null }

async function record(req: PayloadRequest, kind: string, doc: Doc) {
  await req.payload.create({ collection: 'removals', data: { kind, recordId: doc.id, slug: doc.slug ?? null }, req, overrideAccess: true })
}

/**
 * The live record's status, read from the main table. Hook arguments describe the latest
 * *version*, which for a draft save is not what the public sees.
 */
async function liveStatus(req: PayloadRequest, collection: CollectionSlug, id: number): Promise<string | null> {
  const live = await req.payload.db.findOne<Doc>({ collection, where: { id: { equals: id } }, req })
  return live?._status ?? null
}

const contextKey = (collection: string, id: number) => `liveStatusBefore:${collection}:${id}`

/**
 * Whether a save can change what the public sees. A published save can; a draft save only
 * when the record was live before it (an unpublish). Autosaves of a draft that was never
 * published (every 2 s while an editor types) cannot, so hooks that feed the public skip them.
 */
export function mayChangePublicView(collection: string, doc: Doc, req: PayloadRequest): boolean {
  if (doc._status !== 'draft') return true
  return req.context[contextKey(collection, doc.id)] === 'published'
}

/** Whether the record was published before this save (rememberLiveStatus must run first). */
export function wasLiveBefore(collection: string, id: number, req: PayloadRequest): boolean {
  return req.context[contextKey(collection, id)] === 'published'
}

/**
 * A deleted record leaves a tombstone for syncing sites, but only if the public could see it
 * when it was deleted: a draft that was never published must not reveal its slug or id. (A
 * record that was live once and unpublished later got its tombstone when it was unpublished.)
 * `doc` is the main table's row, which holds the published state, not the latest draft.
 */
export const recordDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const hasDrafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  if (hasDrafts && (doc as Doc)._status !== 'published') return
  await record(req, collection.slug, doc as Doc)
}

/** Remembers whether the record was live before this save. */
export const rememberLiveStatus: CollectionBeforeChangeHook = async ({ collection, originalDoc, operation, req, data }) => {
  const id = (originalDoc as Doc | undefined)?.id
  if (operation === 'update' && id !== undefined) req.context[contextKey(collection.slug, id)] = await liveStatus(req, collection.slug as CollectionSlug, id)
  return data
}

/** So does a live record that stops being live (unpublished); saving a draft beside it does not. */
export const recordUnpublish: CollectionAfterChangeHook = async ({ collection, doc, req, operation }) => {
  const id = (doc as Doc).id
  if (operation !== 'update' || req.context[contextKey(collection.slug, id)] !== 'published') return doc
  if ((await liveStatus(req, collection.slug as CollectionSlug, id)) !== 'published') await record(req, collection.slug, doc as Doc)
  return doc
}
