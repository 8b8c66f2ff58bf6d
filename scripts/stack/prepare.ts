/**
 * The database work of `npm start`, `npm run dev` and `npm run db`: migrations, then (in demo
 * mode) the demo content and login, then the search index. It runs in a process of its own that
 * exits when done, so Payload's large module graph does not stay loaded in the supervisor for
 * as long as the apps run. Reads the environment the supervisor resolved.
 */
import { closePayload } from '@oneheart/db'
import { migratedPayload } from '@oneheart/harness/payload'
import { demoLogin } from '../lib/demo.ts'

const log = (line: string) => console.log(`[oneheart] ${line}`)

try {
  const payload = await migratedPayload()
  log('migrations applied')
  if (process.env.ONEHEART_DEMO === 'true') {
    const { seedDemoContent, ensureDemoAdmin } = await import('@oneheart/seed')
    const seeded = await seedDemoContent(payload, { onlyIfEmpty: true, log })
    if (seeded) log('demo content seeded')
    await ensureDemoAdmin(payload, demoLogin())
  }
  const { ensureSearchIndex } = await import('@oneheart/schema/search')
  const indexed = await ensureSearchIndex(payload)
  if (indexed !== null) log(`search index built (${indexed} entries)`)
  await closePayload(payload)
} catch (error) {
  // One line for the person starting the system, as the supervisor writes its own errors.
  console.error(`[oneheart] ${(error as Error).message}`)
  process.exit(1)
}
