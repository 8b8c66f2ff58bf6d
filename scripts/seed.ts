/** `npm run seed`: (re)writes the demo content; safe to run again. */
import { seedDemoContent } from '@oneheart/seed'
import { closePayload } from '@oneheart/schema/lifecycle'
import { resolveDatabase } from './lib/database.ts'
import { migratedPayload } from './lib/payload.ts'
import { demoSecret } from './lib/secrets.ts'

const log = (line: string) => console.log(`[seed] ${line}`)
const database = await resolveDatabase(log)
process.env.DATABASE_URL = database.url
process.env.PAYLOAD_SECRET ??= demoSecret('payload')
try {
  const payload = await migratedPayload()
  await seedDemoContent(payload, { log })
  await closePayload(payload)
  log('done')
} finally {
  await database.stop()
}
