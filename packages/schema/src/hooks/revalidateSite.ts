import { markContentChanged } from '@oneheart/db/content-changes'
import { serverEnv } from '@oneheart/env'
import { revalidationToken } from '@oneheart/tokens'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { mayChangePublicView } from './recordRemoval.ts'

// Payload has no after-commit hook and afterChange runs inside the transaction, so the site
// is told twice: soon, and again once the commit has surely landed (within the 2 s promise).
const NOTIFY_AFTER_MS = [300, 1200]

/**
 * Asks the reader site to drop its cached pages and the print app to re-render the newest
 * issues' PDFs (and `issueNumbers`). Never fails a save: either app may be down.
 */
function notifySite(issueNumbers: number[] = []): void {
  const { WEB_URL: site, PRINT_URL: print, PAYLOAD_SECRET: secret } = serverEnv()
  const headers = { authorization: `Bearer ${revalidationToken(secret)}`, 'content-type': 'application/json' }
  for (const delay of NOTIFY_AFTER_MS) {
    setTimeout(() => {
      // The site re-renders hourly anyway, and the print app checks content on every request:
      // a missed call only delays a change.
      fetch(`${site}/api/revalidate`, { method: 'POST', headers }).catch(() => {})
    }, delay).unref()
  }
  const last = NOTIFY_AFTER_MS[NOTIFY_AFTER_MS.length - 1]
  setTimeout(() => {
    fetch(`${print}/jobs/refresh`, { method: 'POST', headers, body: JSON.stringify({ issues: issueNumbers }) }).catch(() => {})
  }, last).unref()
}

/*
 * Declared on each collection and global the reader site shows (see collections/ and globals/):
 * a change there moves the content version once its transaction commits (so every process's
 * cached public reads are dropped) and tells the site to refresh its pages. hooks.test.ts checks
 * that none is missing.
 */

/** A public change inside this request's transaction, or already committed when there is none. */
async function publicChange(req: PayloadRequest): Promise<void> {
  markContentChanged(await req.transactionID)
}

/** afterChange: a change the public can see refreshes the site (and reprints the issue's PDFs). */
export const revalidateSiteOnChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (mayChangePublicView(collection.slug, doc, req)) {
    await publicChange(req)
    notifySite(collection.slug === 'issues' && typeof doc.number === 'number' ? [doc.number] : [])
  }
  return doc
}
/** afterDelete. */
export const revalidateSiteOnDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await publicChange(req)
  notifySite()
}
/** afterChange of a global. */
export const revalidateSiteOnGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await publicChange(req)
  notifySite()
  return doc
}
