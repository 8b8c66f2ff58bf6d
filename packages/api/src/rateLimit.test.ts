import { describe, expect, it } from 'vitest'
import { WriteRateLimiter } from './rateLimit.ts'

describe('WriteRateLimiter', () => {
  it('allows the limit per minute per caller, then refuses until the minute is over', () => {
    let now = 0
    const limiter = new WriteRateLimiter(2, () => now)
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([true, true, false])
    expect(limiter.take('b')).toBe(true)
    now = 60_000
    expect(limiter.take('a')).toBe(true)
  })
})
