/**
 * `npm start` / `npm run dev` / `npm run db`: the whole system on one machine.
 * Database (embedded unless DATABASE_URL is set) → migrations, demo content and search index
 * (prepare.ts, in a child process) → the three apps. This supervisor stays small while they run.
 */
import path from 'node:path'
import { findRepoRoot } from '@oneheart/env'
import { resolveDatabase } from '../lib/database.ts'
import { demoLogin } from '../lib/demo.ts'
import { launch, run, stopChildren, waitForHttp } from '../lib/processes.ts'
import { demoSecret } from '../lib/secrets.ts'

const mode = process.argv[2] ?? 'start'
if (!['start', 'dev', 'db'].includes(mode)) {
  console.error(`usage: tsx scripts/stack/index.ts start|dev|db (got "${mode}")`)
  process.exit(2)
}
const log = (line: string) => console.log(`[oneheart] ${line}`)
const root = findRepoRoot()

// A database that cannot start says why in one message (see packages/db), not with a stack trace.
const database = await resolveDatabase(log).catch((error: unknown) => {
  console.error(`[oneheart] ${(error as Error).message}`)
  process.exit(1)
})
let stopping = false
async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  log('stopping…')
  await stopChildren()
  await database.stop()
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

try {
  const demo = database.embedded || process.env.ONEHEART_DEMO === 'true'
  const ports = { cms: process.env.CMS_PORT ?? '3000', web: process.env.WEB_PORT ?? '3001', print: process.env.PRINT_PORT ?? '3002' }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? (demo ? demoSecret('payload') : undefined),
    MEDIA_DIR: process.env.MEDIA_DIR ?? path.join(root, '.data', 'media'),
    CMS_PORT: ports.cms,
    WEB_PORT: ports.web,
    PRINT_PORT: ports.print,
    CMS_URL: process.env.CMS_URL ?? `http://localhost:${ports.cms}`,
    WEB_URL: process.env.WEB_URL ?? `http://localhost:${ports.web}`,
    PRINT_URL: process.env.PRINT_URL ?? `http://localhost:${ports.print}`,
    // Demo mode prints the local site's address; elsewhere PUBLIC_SITE_URL must be given (env.ts).
    ONEHEART_DEMO: demo ? 'true' : process.env.ONEHEART_DEMO,
    TURBO_TELEMETRY_DISABLED: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  Object.assign(process.env, env)

  // In a child that exits: Payload loaded here would stay in memory as long as the apps run.
  await run(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'prepare.ts')], env)

  if (mode === 'db') {
    log(`DATABASE_URL=${database.url}`)
    log('database running; Ctrl-C stops it')
  } else {
    if (mode === 'start') await run('npx', ['turbo', 'run', 'build', '--filter=./apps/*'], env)
    launch('npx', ['turbo', 'run', mode, '--filter=./apps/*', '--concurrency=4'], env, (code) => {
      if (!stopping) void shutdown(code ?? 1)
    })
    const ready = await Promise.all([`${env.CMS_URL}/admin`, env.WEB_URL!, env.PRINT_URL!].map((url) => waitForHttp(url, 180_000)))
    const login = demo ? demoLogin() : undefined
    log(
      [
        ready.every(Boolean) ? 'One Heart is running:' : 'One Heart started, but not every app answered yet:',
        `  admin  ${env.CMS_URL}/admin${login ? `   login: ${login.email} / ${login.password}` : ''}`,
        `  site   ${env.WEB_URL}`,
        `  print  ${env.PRINT_URL}`,
        `  tRPC   ${env.CMS_URL}/api/trpc`,
        'Ctrl-C stops everything.',
      ].join('\n'),
    )
  }
} catch (error) {
  console.error(`[oneheart] ${(error as Error).message}`)
  await shutdown(1)
}
