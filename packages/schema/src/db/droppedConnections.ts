import type { Payload } from 'payload'

type Pool = { on: (event: 'error', listener: (error: Error & { code?: string }) => void) => unknown }

/**
 * When the database drops a connection that sits idle in Payload's pool (PostgreSQL restarting
 * or shutting down, an administrator ending sessions), pg's pool emits 'error'. Payload listens
 * on none of its pool's connections but the first, so Node took each as an uncaught exception
 * and Next printed the whole connection object: some 90 lines per connection on every Ctrl-C of
 * `npm start`, where the database stops beside the apps. The pool has already discarded the
 * connection and opens a new one when asked: one line in the log says so.
 */
export function reportDroppedConnections(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  pool?.on('error', (error) => {
    payload.logger.warn(`an idle database connection was dropped (${error.code ?? 'no code'}: ${error.message}); the next query opens a new one`)
  })
}
