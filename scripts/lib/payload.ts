import { getPayload, type Payload } from 'payload'

/** A Payload instance for scripts, with every committed migration applied. */
export async function migratedPayload(): Promise<Payload> {
  const { createPayloadConfig, migrations } = await import('@oneheart/schema/config')
  const payload = await getPayload({ config: createPayloadConfig() })
  await payload.db.migrate({ migrations })
  return payload
}
