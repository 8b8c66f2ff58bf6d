/** `npm run search:reindex`: rebuilds the search index from every published record. */
import { closePayload } from '@oneheart/schema/lifecycle'
import { reindexAll } from '@oneheart/schema/search'
import { resolveDatabase } from './lib/database.ts'
import { migratedPayload } from './lib/payload.ts'
import { progressBar } from './lib/progress.ts'
import { demoSecret } from './lib/secrets.ts'

const log = (line: string) => console.log(`[search] ${line}`)
const database = await resolveDatabase(log)
process.env.DATABASE_URL = database.url
process.env.PAYLOAD_SECRET ??= demoSecret('payload')
try {
  const payload = await migratedPayload()
  const bar = progressBar('[search] reindexing')
  const started = performance.now()
  const written = await reindexAll(payload, ({ type, done, total }) => bar.update(done, total, type))
  log(`${written} entries written in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  await closePayload(payload)
} finally {
  await database.stop()
}
