import { createHmac, timingSafeEqual } from 'node:crypto'
import { mayChangePublicView } from './recordRemoval.ts'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, GlobalAfterChangeHook, GlobalConfig } from 'payload'

/** The token the reader site (/api/revalidate) and the print app (/jobs/refresh) accept: derived from the shared PAYLOAD_SECRET. */
export function revalidationToken(secret: string): string {
  return createHmac('sha256', secret).update('oneheart:revalidate-site').digest('hex')
}

/** Whether an Authorization header carries that token ("Bearer …"), compared in constant time. */
export function carriesRevalidationToken(authorization: string | null | undefined, secret = process.env.PAYLOAD_SECRET): boolean {
  if (!secret) return false
  const expected = Buffer.from(`Bearer ${revalidationToken(secret)}`)
  const given = Buffer.from(authorization ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

// Payload has no after-commit hook and afterChange runs inside the transaction, so the site
// is told twice: soon, and again once the commit has surely landed (within the 2 s promise).
const NOTIFY_AFTER_MS = [300, 1200]

/**
 * Asks the reader site to drop its cached pages and the print app to re-render the newest
 * issues' PDFs (and `issueNumbers`). Never fails a save: either app may be down.
 */
function notifySite(issueNumbers: number[] = []): void {
  const site = process.env.WEB_URL
  const print = process.env.PRINT_URL
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) return
  const headers = { authorization: `Bearer ${revalidationToken(secret)}`, 'content-type': 'application/json' }
  for (const delay of NOTIFY_AFTER_MS) {
    setTimeout(() => {
      // The site re-renders hourly anyway, and the print app checks content on every request:
      // a missed call only delays a change.
      if (site) fetch(`${site}/api/revalidate`, { method: 'POST', headers }).catch(() => {})
    }, delay).unref()
  }
  const last = NOTIFY_AFTER_MS[NOTIFY_AFTER_MS.length - 1]
  if (print) {
    setTimeout(() => {
      fetch(`${print}/jobs/refresh`, { method: 'POST', headers, body: JSON.stringify({ issues: issueNumbers }) }).catch(() => {})
    }, last).unref()
  }
}

const afterCollectionChange: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  if (mayChangePublicView(collection.slug, doc, req)) notifySite(collection.slug === 'issues' && typeof doc.number === 'number' ? [doc.number] : [])
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
