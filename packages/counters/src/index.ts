import { serverEnv } from '@oneheart/env'
import { MemoryWindowCounter } from './memoryCounter.ts'
import { RedisWindowCounter, redisConnection } from './redisCounter.ts'
import type { WindowCounter } from './windowCounter.ts'

export { MemoryWindowCounter } from './memoryCounter.ts'
export { closeRedisConnections, RedisWindowCounter, redisConnection } from './redisCounter.ts'
export type { WindowCounter } from './windowCounter.ts'

/**
 * A counter named `name` (its keys are apart from other counters'): shared through Redis when
 * REDIS_URL is set, in this process otherwise.
 */
export function windowCounter(name: string, limit: number, windowMs: number): WindowCounter {
  const url = serverEnv().REDIS_URL
  return url ? new RedisWindowCounter(redisConnection(url), name, limit, windowMs) : new MemoryWindowCounter(limit, windowMs)
}
