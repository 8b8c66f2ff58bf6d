import { japanDay, japanTime, minutesOf } from '@oneheart/contract'
import { describe, expect, it } from 'vitest'

describe('Japan time', () => {
  it('counts minutes since midnight', () => {
    expect(minutesOf('13:30')).toBe(810)
  })

  it('turns a Japanese day and time into an instant', () => {
    expect(japanTime('2026-12-08', '13:30').toISOString()).toBe('2026-12-08T04:30:00.000Z')
    expect(japanDay('2026-12-07T15:00:00.000Z')).toBe('2026-12-08')
  })
})
