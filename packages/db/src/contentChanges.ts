import pg from 'pg'

/**
 * The content version each process keeps, so that public reads cached in the process are used
 * only while nothing they show has changed. It moves:
 * - when PostgreSQL says so: triggers on the content tables NOTIFY this channel, and PostgreSQL
 *   delivers that after the commit to every instance listening (other CMS and site processes,
 *   scripts, a restore, an import);
 * - at once when this process commits a change itself (see markContentChanged), so that a read
 *   right after a write in the same process never meets the old answer.
 * A version is read before the data it tags, and moves only after the data is committed: an
 * answer cached from data read before a commit carries a version that is already gone.
 */
export const CONTENT_CHANNEL = 'oneheart_content'

let version = 0
let listener: { url: string; connected: boolean } | undefined
const changedTransactions = new Set<string>()

/** The current version, or null while this process cannot hear changes (then nothing may be cached). */
export function contentVersion(): number | null {
  return listener?.connected ? version : null
}

/**
 * Why the version moved: a change committed in this process, one PostgreSQL announced, the
 * listener's connection lost (changes may now go unheard), or the listener connected (changes
 * made while nobody listened are unknown).
 */
export type ContentChangeReason = 'committed' | 'heard' | 'lost' | 'connected'

const subscribers = new Set<(reason: ContentChangeReason) => void>()

/** Something public changed and is committed: every cached read of this process is now old. */
export function contentChanged(reason: ContentChangeReason = 'committed'): void {
  version += 1
  for (const subscriber of subscribers) {
    try {
      subscriber(reason)
    } catch {
      // A subscriber's failure is its own; the version has moved for everyone else.
    }
  }
}

/** Calls `subscriber` each time the version moves, with the reason; returns the unsubscribe. */
export function onContentChanged(subscriber: (reason: ContentChangeReason) => void): () => void {
  subscribers.add(subscriber)
  return () => subscribers.delete(subscriber)
}

/**
 * A hook saw a public change inside transaction `id` (or outside any transaction, when `id` is
 * undefined and the write is already committed). The version moves when that transaction commits.
 */
export function markContentChanged(id: string | number | undefined): void {
  if (id === undefined) contentChanged()
  else changedTransactions.add(String(id))
}

/** Called by the database adapter after a commit and after a rollback. */
export function transactionEnded(id: string | number, committed: boolean): void {
  if (changedTransactions.delete(String(id)) && committed) contentChanged()
}

/** Starts listening (once per process); until the connection stands, contentVersion() is null. */
export function listenForContentChanges(databaseUrl: string): void {
  if (listener) return
  listener = { url: databaseUrl, connected: false }
  void connect(listener, 0)
}

async function connect(state: { url: string; connected: boolean }, failures: number): Promise<void> {
  const client = new pg.Client({ connectionString: state.url, application_name: 'oneheart-content-listener' })
  let lost = false
  const reconnect = () => {
    if (lost) return
    lost = true
    // Whatever changed while nobody listened is unknown: everything cached is old.
    state.connected = false
    contentChanged('lost')
    client.removeAllListeners()
    client.on('error', () => {})
    client.end().catch(() => {})
    setTimeout(() => void connect(state, failures + 1), Math.min(30_000, 500 * 2 ** Math.min(failures, 6))).unref()
  }
  client.on('error', reconnect)
  client.on('end', reconnect)
  client.on('notification', (message) => {
    if (message.channel === CONTENT_CHANNEL) contentChanged('heard')
  })
  try {
    await client.connect()
    await client.query(`LISTEN ${CONTENT_CHANNEL}`)
    // The listener's socket must not keep alive a script that has nothing else to do.
    ;(client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.()
    contentChanged('connected')
    state.connected = true
    failures = 0
  } catch {
    reconnect()
  }
}
