import type { CollectionSlug, Payload, Where } from 'payload'

export interface UpsertOptions {
  /** Publish the record (collections with drafts); false keeps it a draft. */
  publish?: boolean
}

/**
 * Creates the record matched by `where`, or updates it in place, so the seed can run again
 * without duplicating anything.
 */
export async function upsert(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
  options: UpsertOptions = {},
): Promise<number> {
  const hasDrafts = Boolean(payload.collections[collection]?.config.versions?.drafts)
  const status = hasDrafts ? { _status: options.publish === false ? 'draft' : 'published' } : {}
  const draft = hasDrafts && options.publish === false
  const context = { disableRevalidate: true, seeding: true }
  const existing = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, overrideAccess: true, pagination: false })
  const found = existing.docs[0]
  if (found) {
    await payload.update({ collection, id: found.id, data: { ...data, ...status } as never, draft, depth: 0, overrideAccess: true, context })
    return Number(found.id)
  }
  const created = await payload.create({ collection, data: { ...data, ...status } as never, draft, depth: 0, overrideAccess: true, context })
  return Number(created.id)
}
