import { closeRedisConnections, RedisWindowCounter, redisConnection } from '@oneheart/counters'
import { type RunningRedis, startRedis } from '@oneheart/harness/redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/** Two counters on one Redis stand for two instances of an app behind a load balancer. */
describe('RedisWindowCounter on a real Redis', () => {
  let redis: RunningRedis

  beforeAll(async () => {
    redis = await startRedis()
  })

  afterAll(async () => {
    await closeRedisConnections()
    await redis?.stop()
  })

  const unique = () => `k-${Math.random().toString(36).slice(2)}`

  it('counts the events of every instance together, per key, and refuses at the limit without counting the refusal', async () => {
    const instanceA = new RedisWindowCounter(redisConnection(redis.url), 'test', 3, 60_000)
    const instanceB = new RedisWindowCounter(redisConnection(redis.url), 'test', 3, 60_000)
    const key = unique()
    expect([await instanceA.take(key), await instanceB.take(key), await instanceA.take(key)]).toEqual([true, true, true])
    expect(await instanceB.take(key)).toBe(false)
    expect(await instanceA.take(key)).toBe(false)
    expect(await instanceB.take(unique())).toBe(true)
    // A refund on either instance gives one event back to both.
    await instanceB.refund(key)
    expect(await instanceA.take(key)).toBe(true)
    expect(await instanceB.take(key)).toBe(false)
  })

  it('keeps counters with different names apart, and lets events leave the window', async () => {
    const short = new RedisWindowCounter(redisConnection(redis.url), 'short', 1, 300)
    const other = new RedisWindowCounter(redisConnection(redis.url), 'other', 1, 60_000)
    const key = unique()
    expect(await short.take(key)).toBe(true)
    expect(await other.take(key)).toBe(true)
    expect(await short.take(key)).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(await short.take(key)).toBe(true)
    expect(await other.take(key)).toBe(false)
  })

  it('stores keys hashed, never the addresses and e-mail addresses they are made of', async () => {
    const counter = new RedisWindowCounter(redisConnection(redis.url), 'login-account', 5, 60_000)
    await counter.take('203.0.113.7\ncoordinator@example.jp')
    const keys = await redisConnection(redis.url).keys('oneheart:count:login-account:*')
    expect(keys.length).toBeGreaterThan(0)
    for (const key of keys) expect(key).not.toMatch(/203\.0\.113\.7|coordinator|example/)
  })

  it('counts in the process while Redis cannot answer, still refusing past the limit', async () => {
    const down = await startRedis()
    const counter = new RedisWindowCounter(redisConnection(down.url), 'outage', 2, 60_000)
    const key = unique()
    expect(await counter.take(key)).toBe(true)
    await down.stop()
    // The process's own count starts from nothing, and still refuses past the limit.
    const during = [await counter.take(key), await counter.take(key), await counter.take(key)]
    expect(during).toEqual([true, true, false])
  })
})
