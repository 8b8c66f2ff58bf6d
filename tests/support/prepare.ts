import { migrations } from '@oneheart/schema/migrations'
import { seedDemoContent } from '@oneheart/seed'
import { getPayload } from 'payload'

/** Migrates the test database and loads the demo content that read tests rely on. */
export async function migrateAndSeed(): Promise<void> {
  const { createPayloadConfig } = await import('@oneheart/schema/config')
  const payload = await getPayload({ config: createPayloadConfig() })
  await payload.db.migrate({ migrations })
  await seedDemoContent(payload)
  await payload.destroy()
}
