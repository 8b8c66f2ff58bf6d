import { describe, expect, it } from 'vitest'
import { messages, minutesOf, validateOptionalPhone, validateTime } from './validation.ts'
import { japanDay, japanTime } from './time.ts'

describe('validateTime', () => {
  it('accepts 24-hour times', () => {
    expect(validateTime('09:30')).toBe(true)
    expect(validateTime('23:59')).toBe(true)
  })

  it('explains what is wrong in Japanese', () => {
    expect(validateTime('9:30')).toBe(messages.time)
    expect(validateTime('24:00')).toBe(messages.time)
    expect(validateTime('')).toBe(messages.required)
  })
})

describe('validateOptionalPhone', () => {
  it('accepts hyphenated Japanese numbers and nothing', () => {
    expect(validateOptionalPhone('027-321-1234')).toBe(true)
    expect(validateOptionalPhone('090-1234-5678')).toBe(true)
    expect(validateOptionalPhone('')).toBe(true)
  })

  it('refuses numbers without hyphens or with letters', () => {
    expect(validateOptionalPhone('0273211234')).toBe(messages.phone)
    expect(validateOptionalPhone('027-ABC-1234')).toBe(messages.phone)
  })
})

describe('Japan time', () => {
  it('counts minutes since midnight', () => {
    expect(minutesOf('13:30')).toBe(810)
  })

  it('turns a Japanese day and time into an instant', () => {
    expect(japanTime('2026-12-08', '13:30').toISOString()).toBe('2026-12-08T04:30:00.000Z')
    expect(japanDay('2026-12-07T15:00:00.000Z')).toBe('2026-12-08')
  })
})
