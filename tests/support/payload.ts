import { createPublicCaller } from '@oneheart/api/server'
import { getPayload, type Payload } from 'payload'

let instance: Promise<Payload> | undefined

/** One Payload per test worker, on the database the global setup prepared. */
export function testPayload(): Promise<Payload> {
  instance ??= import('@oneheart/schema/config').then(({ createPayloadConfig }) => getPayload({ config: createPayloadConfig() }))
  return instance
}

export async function publicCaller() {
  return createPublicCaller(await testPayload())
}

/** A unique suffix so records a test creates never clash with the seed or another test. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}
