import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createThrowawayDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@oneheart/db'

export interface TestDatabase {
  url: string
  teardown: () => Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/**
 * A database no other run shares: a throwaway database on DATABASE_URL's server when set,
 * otherwise an embedded PostgreSQL in a temporary directory on a free port.
 */
export async function provisionTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL
  if (serverUrl) {
    const database = await createThrowawayDatabase(serverUrl)
    return { url: database.url, teardown: database.drop }
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'oneheart-test-pg-'))
  // As root, initdb runs as an unprivileged user that must be able to enter this folder.
  chmodSync(dataDir, 0o755)
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'data'),
    port: await freePort(),
    ephemeral: true,
    log: (line) => process.env.DEBUG_PG && console.error(`[pg] ${line}`),
  })
  await ensureDatabase(server.serverUrl, 'oneheart_test')
  return {
    url: withDatabase(server.serverUrl, 'oneheart_test'),
    teardown: async () => {
      await server.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
