/** `npm run seed`: (re)writes the demo content; safe to run again. */
import { seedDemoContent } from '@oneheart/seed'
import { withMigratedPayload } from './lib/withPayload.ts'

const log = (line: string) => console.log(`[seed] ${line}`)
await withMigratedPayload(log, async (payload) => {
  await seedDemoContent(payload, { log })
  log('done')
})
