import path from 'node:path'
import { ensureDatabase, readLocale, redact, startEmbeddedPostgres, withDatabase } from '@oneheart/db'
import { findRepoRoot } from '@oneheart/env'

export interface ResolvedDatabase {
  url: string
  /** True when this process started the embedded server: demo mode. */
  embedded: boolean
  stop: () => Promise<void>
}

const DATABASE_NAME = 'oneheart'

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL whose data lives in .data/postgres
 * and survives restarts.
 */
export async function resolveDatabase(log: (line: string) => void): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL
  if (configured) {
    log(`database: ${redact(configured)} (DATABASE_URL)`)
    return { url: configured, embedded: false, stop: async () => {} }
  }
  const dataDir = path.join(findRepoRoot(), '.data', 'postgres')
  const port = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined
  const server = await startEmbeddedPostgres({ dataDir, port, log: (line) => process.env.DEBUG_PG && log(line) })
  await ensureDatabase(server.serverUrl, DATABASE_NAME)
  const url = withDatabase(server.serverUrl, DATABASE_NAME)
  const locale = await readLocale(url)
  log(
    `database: embedded PostgreSQL on 127.0.0.1:${server.port} (data in ${path.relative(process.cwd(), server.dataDir) || server.dataDir}, ${locale.encoding}, ctype ${locale.ctype})`,
  )
  return { url, embedded: true, stop: server.stop }
}
