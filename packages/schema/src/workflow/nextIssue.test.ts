import { describe, expect, it } from 'vitest'
import { addMonths } from './nextIssue.ts'

describe('addMonths', () => {
  it('moves a day or a month on, across years, keeping its precision', () => {
    expect(addMonths('2026-11-16', 3)).toBe('2027-02-16')
    expect(addMonths('2025-08', 6)).toBe('2026-02')
    expect(addMonths('2026-12', 1)).toBe('2027-01')
  })
  it('clamps a day past the end of the shorter month', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29')
  })
})
