import { closePayload } from '@oneheart/db'
import { migratedPayload } from '@oneheart/harness/payload'
import type { Payload } from 'payload'
import { resolveDatabase } from './database.ts'
import { demoSecret } from './secrets.ts'

/**
 * For one-off scripts: the configured or embedded database, migrated, a Payload on it for
 * `work`, and everything closed afterwards (the embedded server stopped) even on failure.
 */
export async function withMigratedPayload(log: (line: string) => void, work: (payload: Payload) => Promise<void>): Promise<void> {
  const database = await resolveDatabase(log)
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET ??= demoSecret('payload')
  // The embedded database is demo mode: printed addresses may default to the local site.
  if (database.embedded) process.env.ONEHEART_DEMO ??= 'true'
  try {
    const payload = await migratedPayload()
    try {
      await work(payload)
    } finally {
      await closePayload(payload)
    }
  } finally {
    await database.stop()
  }
}
