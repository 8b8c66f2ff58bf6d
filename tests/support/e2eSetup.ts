import { existsSync } from 'node:fs'
import path from 'node:path'
import { startApps } from '@oneheart/harness/apps'
import { migrateAndSeedInChild } from '@oneheart/harness/prepare'
import { provisionTestDatabase } from '@oneheart/harness/testDatabase'
import { testEnv } from '@oneheart/harness/testEnv'
import type { TestProject } from 'vitest/node'

/**
 * Browser tests run against production builds of all three apps on free ports, with a
 * database of their own. `npm test` builds first; a lone run expects the builds to exist.
 */
export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '..', '..')
  for (const built of ['apps/cms/.next/BUILD_ID', 'apps/web/.next/BUILD_ID', 'apps/web/dist/server.js', 'apps/print/dist/server.js']) {
    if (!existsSync(path.join(root, built))) {
      throw new Error(`${built} is missing: run \`npm run build\` (npm test does this for you)`)
    }
  }
  const given = process.env.ONEHEART_TEST_DATABASE_URL
  const database = given ? { url: given, teardown: async () => {} } : await provisionTestDatabase()
  const env = testEnv(database.url)
  Object.assign(process.env, env)
  if (!given) await migrateAndSeedInChild(env)
  const apps = await startApps(env)
  project.provide('apps', { cms: apps.cms, web: apps.web, print: apps.print })
  project.provide('testEnv', env)
  return async () => {
    await apps.stop()
    await database.teardown()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    apps: { cms: string; web: string; print: string }
  }
}
