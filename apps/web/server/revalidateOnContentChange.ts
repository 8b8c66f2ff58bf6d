import { listenForContentChanges, onContentChanged } from '@oneheart/db/content-changes'
import { serverEnv } from '@oneheart/env'
import { revalidationToken } from '@oneheart/tokens'

/** Changes heard within this long are one refresh: a publish commits a few statements at once. */
const GATHER_MS = 100

/**
 * Every site instance drops its own cached pages when PostgreSQL says public content changed,
 * whichever CMS instance, import or script committed it. The CMS's hook calls one site address,
 * which behind a load balancer reaches one instance; the others would go on serving the old
 * page until the hourly refresh. The refresh goes through the instance's own /api/revalidate,
 * since Next drops its cache only inside a request. Losing the database is no reason to drop
 * pages: they are what readers get while it is down. Connecting again is one, since whatever
 * changed meanwhile went unheard. `onChange` is told at once, before the refresh is asked for.
 */
export function revalidateOnContentChange(port: number, onChange: () => void): void {
  const { DATABASE_URL, PAYLOAD_SECRET } = serverEnv()
  const headers = { authorization: `Bearer ${revalidationToken(PAYLOAD_SECRET)}` }
  let pending: NodeJS.Timeout | undefined
  onContentChanged((reason) => {
    if (reason === 'lost') return
    onChange()
    pending ??= setTimeout(() => {
      pending = undefined
      fetch(`http://127.0.0.1:${port}/api/revalidate`, { method: 'POST', headers }).catch((error: unknown) =>
        console.error(`[site] could not refresh the cached pages after a content change: ${String(error)}`),
      )
    }, GATHER_MS)
    pending.unref()
  })
  listenForContentChanges(DATABASE_URL)
}
