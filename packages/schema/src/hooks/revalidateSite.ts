import { createHmac, timingSafeEqual } from 'node:crypto'
import { mayChangePublicView } from './recordRemoval.ts'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

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

/*
 * Declared on each collection and global the reader site shows (see collections/ and globals/):
 * a change there tells the site to refresh its pages. hooks.test.ts checks that none is missing.
 */

/** afterChange: a change the public can see refreshes the site (and reprints the issue's PDFs). */
export const revalidateSiteOnChange: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  if (mayChangePublicView(collection.slug, doc, req)) notifySite(collection.slug === 'issues' && typeof doc.number === 'number' ? [doc.number] : [])
  return doc
}
/** afterDelete. */
export const revalidateSiteOnDelete: CollectionAfterDeleteHook = () => notifySite()
/** afterChange of a global. */
export const revalidateSiteOnGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  notifySite()
  return doc
}
