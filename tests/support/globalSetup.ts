import { migrateAndSeedInChild } from '@oneheart/harness/prepare'
import { provisionTestDatabase } from '@oneheart/harness/testDatabase'
import { testEnv } from '@oneheart/harness/testEnv'
import type { TestProject } from 'vitest/node'

/**
 * Integration tests run against a real PostgreSQL. `npm test` prepares one and passes it in
 * ONEHEART_TEST_DATABASE_URL; a lone `vitest --project int` provisions its own.
 */
export default async function setup(project: TestProject) {
  const given = process.env.ONEHEART_TEST_DATABASE_URL
  const database = given ? { url: given, teardown: async () => {} } : await provisionTestDatabase()
  const env = testEnv(database.url)
  Object.assign(process.env, env)
  if (!given) await migrateAndSeedInChild(env)
  project.provide('testEnv', env)
  return database.teardown
}

declare module 'vitest' {
  export interface ProvidedContext {
    testEnv: Record<string, string>
  }
}
