/** `npm run search:reindex`: rebuilds the search index from every published record. */
import { reindexAll } from '@oneheart/schema/search'
import { progressBar } from './lib/progress.ts'
import { withMigratedPayload } from './lib/withPayload.ts'

const log = (line: string) => console.log(`[search] ${line}`)
await withMigratedPayload(log, async (payload) => {
  const bar = progressBar('[search] reindexing')
  const started = performance.now()
  const written = await reindexAll(payload, ({ type, done, total }) => bar.update(done, total, type))
  log(`${written} entries written in ${((performance.now() - started) / 1000).toFixed(1)} s`)
})
