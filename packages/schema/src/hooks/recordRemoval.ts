import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

type Doc = { id: number; slug?: string | null; _status?: string | null }

async function record(req: Parameters<CollectionAfterDeleteHook>[0]['req'], kind: string, doc: Doc) {
  await req.payload.create({ collection: 'removals', data: { kind, recordId: doc.id, slug: doc.slug ?? null }, req, overrideAccess: true })
}

/** A deleted record leaves a tombstone for syncing sites. */
export const recordDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await record(req, collection.slug, doc as Doc)
}

/** So does a published record that is unpublished (its main document goes back to draft). */
export const recordUnpublish: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req, operation }) => {
  const before = previousDoc as Doc | undefined
  if (operation === 'update' && before?._status === 'published' && (doc as Doc)._status !== 'published') {
    await record(req, collection.slug, doc as Doc)
  }
  return doc
}
