import { withClient } from '@oneheart/db'
import { describe, expect, it, vi } from 'vitest'
import { testPayload } from '../support/payload.ts'

type PooledClient = { processID: number; release: () => void }
type Pool = { connect: () => Promise<PooledClient> }

describe('a database connection dropped while it sits idle in the pool', () => {
  it('is reported in one line and replaced, not thrown as an uncaught exception', async () => {
    const payload = await testPayload()
    const pool = (payload.db as unknown as { pool: Pool }).pool
    // One of the pool's connections, known by its server process, back in the pool and idle.
    const client = await pool.connect()
    const serverProcess = client.processID
    client.release()
    const warn = vi.spyOn(payload.logger, 'warn')
    // As PostgreSQL does to every session when it shuts down (Ctrl-C of `npm start`).
    await withClient(process.env.DATABASE_URL!, (admin) => admin.query('select pg_terminate_backend($1)', [serverProcess]))
    await expect.poll(() => warn.mock.calls.length).toBeGreaterThan(0)
    expect(String(warn.mock.calls[0]?.[0])).toContain('57P01')
    warn.mockRestore()
    // The next read gets a new connection.
    expect((await payload.find({ collection: 'councils', limit: 1, depth: 0 })).docs).toHaveLength(1)
  })
})
