import { describe, expect, it } from 'vitest'
import { SlidingWindowCounter } from './slidingWindow.ts'

describe('SlidingWindowCounter', () => {
  it('allows the limit per window and per key, then again once the window has passed', () => {
    let now = 0
    const counter = new SlidingWindowCounter(3, 60_000, () => now)
    expect([1, 2, 3, 4].map(() => counter.take('a'))).toEqual([true, true, true, false])
    expect(counter.take('b')).toBe(true)
    now = 59_999
    expect(counter.take('a')).toBe(false)
    now = 60_000
    expect(counter.take('a')).toBe(true)
  })

  it('does not count an event that was refunded', () => {
    const counter = new SlidingWindowCounter(2, 60_000, () => 0)
    for (let index = 0; index < 5; index++) {
      expect(counter.take('a')).toBe(true)
      counter.refund('a')
    }
    expect([counter.take('a'), counter.take('a'), counter.take('a')]).toEqual([true, true, false])
  })
})
