import { describe, expect, it } from 'vitest'
import { firstDayOf, isCalendarDate, lastDayOf, normalisePhone, parseCalendarDate, parseClockTime, parseTimeRange } from './index.ts'

const day = (value: string) => ({ ok: true, value, precision: 'day' })
const month = (value: string) => ({ ok: true, value, precision: 'month' })

describe('parseCalendarDate', () => {
  const reference = new Date('2026-01-20T12:00:00+09:00')
  it.each([
    ['令和8年2月16日(月)', '2026-02-16'],
    ['令和8年2月16日（月曜日）', '2026-02-16'],
    ['令和８年２月１６日', '2026-02-16'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['R8.2.16', '2026-02-16'],
    ['r8/2/16', '2026-02-16'],
    ['Ｒ８．２．１６', '2026-02-16'],
    ['2026/2/16', '2026-02-16'],
    ['2026-02-16', '2026-02-16'],
    ['2026.2.16(月)', '2026-02-16'],
    ['2026年2月16日', '2026-02-16'],
    [' 2026 / 2 / 16 ', '2026-02-16'],
    ['2026-02-15T15:00:00.000Z', '2026-02-16'],
  ])('reads %s as a day', (typed, expected) => {
    expect(parseCalendarDate(typed, { reference })).toEqual(day(expected))
  })

  it.each([
    ['2月16日', '2026-02-16'],
    ['２月１６日(月)', '2026-02-16'],
    ['2/16', '2026-02-16'],
    ['12/25', '2025-12-25'],
  ])('gives %s the year nearest the reference', (typed, expected) => {
    expect(parseCalendarDate(typed, { reference })).toEqual(day(expected))
  })

  it.each([
    ['令和7年8月号', '2025-08'],
    ['令和7年8月', '2025-08'],
    ['R7.8', '2025-08'],
    ['2025年8月', '2025-08'],
    ['2025/8', '2025-08'],
    ['2025-08', '2025-08'],
  ])('reads %s as a month where months are allowed', (typed, expected) => {
    expect(parseCalendarDate(typed, { allowMonth: true })).toEqual(month(expected))
    expect(parseCalendarDate(typed)).toEqual({ ok: false, reason: 'noDay' })
  })

  it('refuses what is not a date, with the reason', () => {
    expect(parseCalendarDate('来週の月曜')).toEqual({ ok: false, reason: 'format' })
    expect(parseCalendarDate('2026/2/30')).toEqual({ ok: false, reason: 'invalid' })
    expect(parseCalendarDate('令和8年13月1日')).toEqual({ ok: false, reason: 'invalid' })
    expect(parseCalendarDate('13/40')).toEqual({ ok: false, reason: 'invalid' })
    expect(parseCalendarDate('令和8年2月16日(火)')).toEqual({ ok: false, reason: { weekday: '火', actual: '月' } })
    expect(parseCalendarDate('Hello')).toEqual({ ok: false, reason: 'format' })
  })

  it('looks to a leap year for 2月29日 typed without one', () => {
    expect(parseCalendarDate('2月29日', { reference: new Date('2027-03-10T12:00:00+09:00') })).toEqual(day('2028-02-29'))
  })

  it('knows stored values and the days a month covers', () => {
    expect(isCalendarDate('2026-02-16')).toBe(true)
    expect(isCalendarDate('2026-02-30')).toBe(false)
    expect(isCalendarDate('2025-08')).toBe(false)
    expect(isCalendarDate('2025-08', true)).toBe(true)
    expect(firstDayOf('2025-08')).toBe('2025-08-01')
    expect(lastDayOf('2024-02')).toBe('2024-02-29')
    expect(lastDayOf('2026-02-16')).toBe('2026-02-16')
  })
})

describe('parseClockTime and parseTimeRange', () => {
  it.each([
    ['9:30', '09:30'],
    ['０９：３０', '09:30'],
    ['９：３０', '09:30'],
    ['10時', '10:00'],
    ['10時半', '10:30'],
    ['10時30分', '10:30'],
    ['午後1時半', '13:30'],
    ['午前12時', '00:00'],
    ['PM1:30', '13:30'],
    ['13:05', '13:05'],
  ])('reads %s', (typed, expected) => {
    expect(parseClockTime(typed)).toBe(expected)
  })

  it.each(['930', '25:00', '9:60', '午後13時', '10', 'ten', '9:5'])('refuses %s', (typed) => {
    expect(parseClockTime(typed)).toBeNull()
  })

  it.each([
    ['10:00~12:00', '10:00', '12:00'],
    ['10時～12時', '10:00', '12:00'],
    ['10時〜11時半', '10:00', '11:30'],
    ['13:30-15:00', '13:30', '15:00'],
    ['午後1時から3時まで', '13:00', '15:00'],
  ])('splits %s into start and end', (typed, start, end) => {
    expect(parseTimeRange(typed)).toEqual({ start, end })
  })

  it('is no range for a single time', () => {
    expect(parseTimeRange('10:00')).toBeNull()
  })
})

describe('phone numbers', () => {
  it.each([
    ['０２７－３２１－１３１９', '027-321-1319'],
    ['027ー321ー1319', '027-321-1319'],
    ['027(321)1319', '027-321-1319'],
    ['027-321-1319', '027-321-1319'],
  ])('normalises the phone number %s', (typed, expected) => {
    expect(normalisePhone(typed)).toBe(expected)
  })

  it('cannot split a number typed without separators', () => {
    expect(normalisePhone('0273211319')).toBeNull()
  })
})
