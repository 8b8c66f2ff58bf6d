import { createHmac } from 'node:crypto'
import { mayChangePublicView } from './recordRemoval.ts'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, GlobalAfterChangeHook, GlobalConfig } from 'payload'

/** The token the reader site accepts on /api/revalidate: derived from the shared PAYLOAD_SECRET. */
export function revalidationToken(secret: string): string {
  return createHmac('sha256', secret).update('oneheart:revalidate-site').digest('hex')
}

// Payload has no after-commit hook and afterChange runs inside the transaction, so the site
// is told twice: soon, and again once the commit has surely landed (within the 2 s promise).
const NOTIFY_AFTER_MS = [300, 1200]

/** Asks the reader site to drop its cached pages. Never fails a save: the site may be down. */
function notifySite(): void {
  const site = process.env.WEB_URL
  const secret = process.env.PAYLOAD_SECRET
  if (!site || !secret) return
  for (const delay of NOTIFY_AFTER_MS) {
    setTimeout(() => {
      fetch(`${site}/api/revalidate`, { method: 'POST', headers: { authorization: `Bearer ${revalidationToken(secret)}` } }).catch(() => {
        // The site re-renders hourly anyway; a missed call only delays a change.
      })
    }, delay).unref()
  }
}

const afterCollectionChange: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  if (mayChangePublicView(collection.slug, doc, req)) notifySite()
  return doc
}
const afterCollectionDelete: CollectionAfterDeleteHook = () => notifySite()
const afterGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  notifySite()
  return doc
}

/** Content the reader site shows: any change there tells the site to refresh its pages. */
const SHOWN_ON_SITE = new Set(['issues', 'articles', 'activities', 'events', 'councils', 'districts', 'meetings', 'media'])

export function withSiteRevalidation(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    SHOWN_ON_SITE.has(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), afterCollectionChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), afterCollectionDelete],
          },
        }
      : collection,
  )
}

export function withGlobalRevalidation(global: GlobalConfig): GlobalConfig {
  return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange] } }
}
