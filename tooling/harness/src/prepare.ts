import { closePayload } from '@oneheart/db'
import { findRepoRoot } from '@oneheart/env'
import { ensureDemoAdmin, seedDemoContent } from '@oneheart/seed'
import { migratedPayload } from './payload.ts'
import { TEST_ADMIN } from './testEnv.ts'

/** Migrates the test database, loads the demo content read tests rely on, and adds the test admin. */
export async function migrateAndSeed(): Promise<void> {
  const payload = await migratedPayload()
  await seedDemoContent(payload)
  await ensureDemoAdmin(payload, TEST_ADMIN)
  await closePayload(payload)
}

/**
 * Runs migrateAndSeed in a separate tsx process, keeping Payload's large module graph out of
 * vitest's main process.
 */
export async function migrateAndSeedInChild(env: Record<string, string>): Promise<void> {
  const { execFile } = await import('node:child_process')
  const path = await import('node:path')
  const root = findRepoRoot(import.meta.dirname)
  await new Promise<void>((resolve, reject) => {
    execFile(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      [path.join(import.meta.dirname, 'prepareCli.ts')],
      { cwd: root, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024, timeout: 180_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`Preparing the test database failed (${error.code ?? error.signal}):\n${stderr}\n${stdout.slice(-4000)}`)) : resolve(),
    )
  })
}
