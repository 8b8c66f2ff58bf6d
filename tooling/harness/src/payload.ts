import { getPayload, type Migration, type Payload } from 'payload'

/**
 * Applies every committed migration. Payload types `db.migrate` with its own `Migration`, which
 * the migrations the PostgreSQL adapter generated (typed with that adapter's arguments) do not
 * match, though they are exactly what the adapter runs: the one cast is here.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  const { migrations } = await import('@oneheart/schema/config')
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}

/** A Payload instance for scripts, with every committed migration applied. */
export async function migratedPayload(): Promise<Payload> {
  const { createPayloadConfig } = await import('@oneheart/schema/config')
  const payload = await getPayload({ config: createPayloadConfig() })
  await applyMigrations(payload)
  return payload
}
