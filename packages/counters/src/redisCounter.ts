import { createHash } from 'node:crypto'
import { Redis } from 'ioredis'
import { MemoryWindowCounter } from './memoryCounter.ts'
import type { WindowCounter } from './windowCounter.ts'

// One sorted set per key, scored by the Redis server's clock (instances' clocks may differ).
// Drop what has left the window, refuse at the limit, else add this event: all in one step.
const TAKE = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return 1
`

type CountingRedis = Redis & { oneheartTake(key: string, windowMs: number, limit: number, member: string): Promise<number> }

let connections = new Map<string, CountingRedis>()

/** One connection per Redis address and process; commands fail at once while it is down instead of queueing. */
export function redisConnection(url: string): CountingRedis {
  let redis = connections.get(url)
  if (!redis) {
    redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, connectionName: 'oneheart-counters' }) as CountingRedis
    redis.defineCommand('oneheartTake', { numberOfKeys: 1, lua: TAKE })
    // Errors reach the callers of take() and refund(); the connection retries by itself.
    redis.on('error', () => {})
    connections.set(url, redis)
  }
  return redis
}

/** Closes every connection this process opened (tests; a script that must exit). */
export async function closeRedisConnections(): Promise<void> {
  const open = [...connections.values()]
  connections = new Map()
  await Promise.all(open.map((redis) => redis.quit().catch(() => redis.disconnect())))
}

/** How long a count waits for a connection that is being made (first use, a reconnection). */
const CONNECTING_WAIT_MS = 1_000

/** Resolves when the connection is ready, or after the wait; the command after it fails at once if still down. */
function whenReady(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(done, CONNECTING_WAIT_MS)
    function done() {
      clearTimeout(timer)
      redis.off('ready', done)
      resolve()
    }
    redis.once('ready', done)
  })
}

/**
 * Counts in Redis or Valkey, so every instance behind the load balancer counts together. Keys
 * are stored hashed (they hold addresses and e-mail addresses). While Redis cannot answer, the
 * process counts alone, as with no REDIS_URL, and says so once: a login throttle that failed
 * open would invite guessing, and one that failed closed would lock every coordinator out.
 */
export class RedisWindowCounter implements WindowCounter {
  private readonly fallback: MemoryWindowCounter
  private warned = false

  constructor(
    private readonly redis: CountingRedis,
    private readonly name: string,
    readonly limit: number,
    readonly windowMs: number,
  ) {
    this.fallback = new MemoryWindowCounter(limit, windowMs)
  }

  async take(key: string): Promise<boolean> {
    try {
      await whenReady(this.redis)
      const member = `${Date.now()}:${Math.random().toString(36).slice(2)}`
      const taken = (await this.redis.oneheartTake(this.redisKey(key), this.windowMs, this.limit, member)) === 1
      this.warned = false
      return taken
    } catch (error) {
      this.warnOnce(error)
      return this.fallback.take(key)
    }
  }

  async refund(key: string): Promise<void> {
    try {
      await whenReady(this.redis)
      await this.redis.zpopmax(this.redisKey(key))
    } catch (error) {
      this.warnOnce(error)
      await this.fallback.refund(key)
    }
  }

  private redisKey(key: string): string {
    return `oneheart:count:${this.name}:${createHash('sha256').update(key).digest('base64url')}`
  }

  private warnOnce(error: unknown) {
    if (this.warned) return
    this.warned = true
    console.error(
      `[counters] Redis did not answer (${error instanceof Error ? error.message : String(error)}); "${this.name}" counts in this process until it does`,
    )
  }
}
