import type { ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type EmbeddedServer, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@oneheart/db'
import { startCms as startCmsBuild, startSite, waitFor } from '@oneheart/harness/apps'
import { migrateAndSeedInChild } from '@oneheart/harness/prepare'
import { freePort } from '@oneheart/harness/testDatabase'

/**
 * A CMS, a site and a PostgreSQL of their own, for tests that kill them: the shared apps and
 * database other browser tests use stay untouched. The database holds the demo content and the
 * test admin, as the shared one does.
 */
export interface FaultStack {
  cms: string
  web: string
  databaseUrl: string
  /** SIGKILLs the CMS's process group: no shutdown hook, no flush. */
  killCms: () => Promise<void>
  startCms: () => Promise<void>
  /** SIGKILLs the PostgreSQL server and every backend it forked, as a power cut would. */
  killDatabase: () => void
  startDatabase: () => Promise<void>
  stop: () => Promise<void>
}

const DATABASE = 'oneheart_faults'

/** The PostgreSQL processes of one cluster: the postmaster named in postmaster.pid, and its children. */
function clusterPids(dataDir: string): number[] {
  let postmaster: number
  try {
    postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
  } catch {
    return []
  }
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        // The parent pid is the second field after the command's closing parenthesis.
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster
      } catch {
        return false
      }
    })
    .map(Number)
  return [postmaster, ...children]
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export async function startFaultStack(sharedEnv: Record<string, string>): Promise<FaultStack> {
  const folder = mkdtempSync(path.join(tmpdir(), 'oneheart-faults-'))
  // As root, PostgreSQL runs as an unprivileged user that must be able to enter this folder.
  chmodSync(folder, 0o755)
  const dataDir = path.join(folder, 'data')
  const pgPort = await freePort()
  let server: EmbeddedServer | null = await startEmbeddedPostgres({ dataDir, port: pgPort })
  await ensureDatabase(server.serverUrl, DATABASE)
  const databaseUrl = withDatabase(server.serverUrl, DATABASE)
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'oneheart-faults-media-'))
  // Seeded as every test database is (not copied: pg_dump for the shared server's version may be missing).
  await migrateAndSeedInChild({ ...sharedEnv, DATABASE_URL: databaseUrl, MEDIA_DIR: mediaDir })

  const [cmsPort, webPort] = [await freePort(), await freePort()]
  const cms = `http://localhost:${cmsPort}`
  const web = `http://localhost:${webPort}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...sharedEnv,
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: mediaDir,
    NODE_ENV: 'production',
    CMS_URL: cms,
    WEB_URL: web,
    CMS_PORT: String(cmsPort),
    WEB_PORT: String(webPort),
    NEXT_TELEMETRY_DISABLED: '1',
  }
  let cmsChild: ChildProcess | null = null
  let webChild: ChildProcess | null = null
  const startCms = async () => {
    const app = startCmsBuild('faults-cms', cmsPort, env)
    cmsChild = app.child
    await waitFor(`${cms}/admin/login`, app.child, 120_000, app.output)
  }
  const killGroup = async (child: ChildProcess | null) => {
    if (!child?.pid) return
    // A child already killed (by a test, before the stop) has its signalCode set and no 'exit' to come.
    const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve))
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {}
    await exited
  }
  const killDatabase = () => {
    for (const pid of clusterPids(server?.dataDir ?? dataDir)) {
      try {
        process.kill(pid, 'SIGKILL')
      } catch {}
    }
  }
  const startDatabase = async () => {
    // The killed backends must be gone before a new postmaster takes over their shared memory.
    const deadline = Date.now() + 10_000
    while (clusterPids(server?.dataDir ?? dataDir).some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    server = await startEmbeddedPostgres({ dataDir, port: pgPort })
  }

  await startCms()
  const webApp = startSite('faults-web', webPort, env)
  webChild = webApp.child
  await waitFor(web, webApp.child, 120_000, webApp.output)

  return {
    cms,
    web,
    databaseUrl,
    killCms: () => killGroup(cmsChild),
    startCms,
    killDatabase,
    startDatabase,
    stop: async () => {
      await killGroup(cmsChild)
      await killGroup(webChild)
      // A server a test killed has no clean stop left: after a bounded wait its processes are killed.
      await Promise.race([server?.stop().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 10_000))])
      killDatabase()
      rmSync(folder, { recursive: true, force: true })
      rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}
