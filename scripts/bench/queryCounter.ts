import type { Payload } from 'payload'

interface Countable {
  query: (...args: unknown[]) => unknown
}

/**
 * Counts SQL statements Payload sends: every pooled client's query() is wrapped as the pool
 * creates it, so both plain reads and transactions are seen.
 */
export function countQueries(payload: Payload) {
  let count = 0
  const pool = (payload.db as unknown as { pool: { on: (event: 'connect', listener: (client: Countable) => void) => void } }).pool
  pool.on('connect', (client) => {
    const original = client.query.bind(client)
    client.query = (...args: unknown[]) => {
      count += 1
      return original(...args)
    }
  })
  return {
    async measure(work: () => Promise<unknown>): Promise<number> {
      const before = count
      await work()
      return count - before
    },
  }
}
