import type { WindowCounter } from '@oneheart/counters'
import type { User } from '@oneheart/schema'
import type { Payload } from 'payload'
import { ANONYMOUS, type Caller, identifyCaller } from './auth.ts'
import { defaultWriteLimiter } from './rateLimit.ts'

/**
 * What every call carries: the Payload instance and who is calling (an API key, a Payload
 * session or JWT, or nobody). Reads run with the caller's access, so anonymous callers see only
 * what is published. The domain functions take it; tRPC only passes it on.
 */
export interface ApiContext {
  payload: Payload
  user: User | null
  caller: Caller
  writeLimiter: WindowCounter
}

export async function createContext({ payload, headers }: { payload: Payload; headers: Headers }): Promise<ApiContext> {
  const caller = await identifyCaller(payload, headers)
  return { payload, user: caller.user, caller, writeLimiter: defaultWriteLimiter() }
}

export function anonymousContext(payload: Payload): ApiContext {
  return { payload, user: null, caller: ANONYMOUS, writeLimiter: defaultWriteLimiter() }
}
