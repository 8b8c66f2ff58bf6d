import { describe, expect, it } from 'vitest'
import { MemoryWindowCounter } from './memoryCounter.ts'

describe('MemoryWindowCounter', () => {
  it('allows the limit per window and per key, then again once the window has passed', async () => {
    let now = 0
    const counter = new MemoryWindowCounter(3, 60_000, () => now)
    const takes: boolean[] = []
    for (let index = 0; index < 4; index++) takes.push(await counter.take('a'))
    expect(takes).toEqual([true, true, true, false])
    expect(await counter.take('b')).toBe(true)
    now = 59_999
    expect(await counter.take('a')).toBe(false)
    now = 60_000
    expect(await counter.take('a')).toBe(true)
  })

  it('does not count an event that was refunded', async () => {
    const counter = new MemoryWindowCounter(2, 60_000, () => 0)
    for (let index = 0; index < 5; index++) {
      expect(await counter.take('a')).toBe(true)
      await counter.refund('a')
    }
    expect([await counter.take('a'), await counter.take('a'), await counter.take('a')]).toEqual([true, true, false])
  })
})
