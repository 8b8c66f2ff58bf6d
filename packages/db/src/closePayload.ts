interface PoolClientLike {
  release?: (destroy?: boolean) => void
}
interface PoolLike {
  ended?: boolean
  end: () => Promise<void>
  on: (event: 'error', listener: (error: Error) => void) => void
  _clients?: PoolClientLike[]
  _idle?: { client: PoolClientLike }[]
}

/**
 * Closes Payload and its connection pool. destroy() alone leaves the pool open, and the
 * postgres adapter keeps one client checked out from connect() on, so pool.end() would wait
 * for it forever; that client is released (destroyed) here first. Without this, a script
 * that stops its database afterwards hangs or dies on "terminating connection".
 */
/** What this needs of a Payload instance; structural, so the database package does not load Payload. */
interface PayloadLike {
  db: unknown
  destroy: () => Promise<void>
}

export async function closePayload(payload: PayloadLike): Promise<void> {
  const pool = (payload.db as { pool?: PoolLike }).pool
  await payload.destroy()
  if (!pool || pool.ended) return
  // Clients being closed may still report the server's own shutdown; nothing is listening then.
  pool.on('error', () => {})
  const idle = new Set((pool._idle ?? []).map((item) => item.client))
  for (const client of pool._clients ?? []) {
    if (!idle.has(client)) client.release?.(true)
  }
  await pool.end()
}
