import { type WindowCounter, windowCounter } from '@oneheart/counters'
import { serverEnv } from '@oneheart/env'

/** Writes per caller within a minute; the window slides, and a refused write is not counted. */
export const WRITE_WINDOW_MS = 60_000

let shared: WindowCounter | undefined

/**
 * This process's write limiter, sized by API_WRITES_PER_MINUTE on first use. With REDIS_URL set
 * every API instance counts in the same place, so a caller gets the limit once, not once per
 * instance behind the load balancer.
 */
export function defaultWriteLimiter(): WindowCounter {
  shared ??= windowCounter('api-writes', serverEnv().API_WRITES_PER_MINUTE, WRITE_WINDOW_MS)
  return shared
}
