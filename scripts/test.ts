/**
 * `npm test`: every test against a real PostgreSQL (embedded unless DATABASE_URL is set).
 * The linter and the type check of every file first, then one database for the run, unit and integration
 * tests, then the production builds and the browser tests. Ends with a plain "N passed, N failed" line.
 */
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { migrateAndSeed } from '@oneheart/harness/prepare'
import { provisionTestDatabase } from '@oneheart/harness/testDatabase'
import { testEnv } from '@oneheart/harness/testEnv'
import { run } from './lib/processes.ts'

const log = (line: string) => console.log(`\n[test] ${line}`)
const database = await provisionTestDatabase().catch((error: unknown) => {
  console.error(`[test] ${(error as Error).message}`)
  process.exit(1)
})
const env = { ...testEnv(database.url), ONEHEART_TEST_DATABASE_URL: database.url }
Object.assign(process.env, env)
const runEnv: NodeJS.ProcessEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' }

const totals = { passed: 0, failed: 0, skipped: 0 }
async function vitest(projects: string[]): Promise<boolean> {
  const report = path.join(tmpdir(), `oneheart-vitest-${process.pid}-${projects.join('-')}.json`)
  const args = ['vitest', 'run', ...projects.flatMap((name) => ['--project', name]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
  const ok = await run('npx', args, runEnv).then(
    () => true,
    () => false,
  )
  try {
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number
      numFailedTests: number
      numPendingTests: number
      numTodoTests: number
      success: boolean
    }
    totals.passed += result.numPassedTests
    totals.failed += result.numFailedTests
    totals.skipped += result.numPendingTests + result.numTodoTests
    rmSync(report, { force: true })
    return ok && result.success
  } catch {
    totals.failed += 1
    return false
  }
}

let ok = false
try {
  log('linting and format-checking every file, then type-checking every workspace, the tests and the scripts')
  const linted = await run('npm', ['run', '--silent', 'lint'], runEnv).then(
    () => true,
    () => false,
  )
  if (!linted) totals.failed += 1
  const typed = await run('npm', ['run', '--silent', 'typecheck'], runEnv).then(
    () => true,
    () => false,
  )
  if (!typed) totals.failed += 1
  log('migrating and seeding the test database')
  await migrateAndSeed()
  log('unit and integration tests')
  const fast = await vitest(['unit', 'int'])
  log('building the apps (turbo-cached)')
  await run('npx', ['turbo', 'run', 'build', '--filter=./apps/*'], runEnv)
  log('browser tests against the production builds')
  const browser = await vitest(['e2e'])
  ok = linted && typed && fast && browser
} catch (error) {
  console.error(`[test] ${(error as Error).message}`)
  totals.failed += 1
} finally {
  await database.teardown()
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
process.exit(ok && totals.failed === 0 ? 0 : 1)
