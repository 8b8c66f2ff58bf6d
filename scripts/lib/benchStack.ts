import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { type RunningApps, startApps } from '@oneheart/harness/apps'
import { migrateAndSeedInChild } from '@oneheart/harness/prepare'
import { provisionTestDatabase } from '@oneheart/harness/testDatabase'
import { testEnv } from '@oneheart/harness/testEnv'

/**
 * What the benchmarks run against: the apps' production builds (turbo, cached) on a throwaway
 * database with the demo content, started on free ports and stopped afterwards, whatever happens.
 */
export async function withBenchStack<T>(run: (apps: RunningApps) => Promise<T>): Promise<T> {
  const root = path.resolve(import.meta.dirname, '..', '..')
  execFileSync('npx', ['turbo', 'run', 'build', '--filter=./apps/*', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit' })
  const database = await provisionTestDatabase()
  const env = testEnv(database.url)
  Object.assign(process.env, env)
  let apps: RunningApps | undefined
  try {
    await migrateAndSeedInChild(env)
    apps = await startApps(env)
    return await run(apps)
  } finally {
    await apps?.stop()
    await database.teardown()
  }
}
