import { describe, expect, it } from 'vitest'
import { fiscalYearOf, formatEraDate, formatIssueDate } from './dates.ts'

describe('formatEraDate', () => {
  it('prints the era, date and weekday as the newsletter does', () => {
    expect(formatEraDate('2026-02-16')).toBe('令和8年2月16日(月)')
    expect(formatEraDate('2025-06-16')).toBe('令和7年6月16日(月)')
  })

  it('reads a bare day as a day in Japan, not as midnight UTC', () => {
    expect(formatEraDate('2026-01-01')).toBe('令和8年1月1日(木)')
    // 15:30 UTC on 31 December is already New Year's Day in Japan.
    expect(formatEraDate('2025-12-31T15:30:00.000Z')).toBe('令和8年1月1日(木)')
  })

  it('names the first year of an era 元年', () => {
    expect(formatEraDate('2019-05-01', { weekday: false })).toBe('令和元年5月1日')
  })

  it('prints a month-dated value as a month, with no day', () => {
    expect(formatEraDate('2025-08')).toBe('令和7年8月')
    expect(formatEraDate('2019-05', { weekday: false })).toBe('令和元年5月')
    expect(formatIssueDate('2025-08')).toBe('令和7年8月号')
    expect(formatIssueDate('2026-02-16')).toBe('令和8年2月16日(月) 発行')
    expect(fiscalYearOf('2026-03').year).toBe(2025)
  })

  it('refuses what is not a date', () => {
    expect(() => formatEraDate('not a date')).toThrow(RangeError)
  })
})

describe('fiscalYearOf', () => {
  it('runs from April to March', () => {
    expect(fiscalYearOf('2026-03-31').year).toBe(2025)
    expect(fiscalYearOf('2026-04-01').year).toBe(2026)
  })

  it('labels the year in both calendars', () => {
    expect(fiscalYearOf('2026-02-16').label).toBe('令和7年度（2025年度）')
  })
})
