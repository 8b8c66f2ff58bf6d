// The date reader alone: this module also runs in the admin's browser.

import { japanDay } from '../time.ts'
import { parseDate } from './dates.ts'

/**
 * A day or a month on Japan's calendar, as the newsletter dates things: `2026-02-16` for a
 * day, `2025-08` for a month (「令和7年8月号」, 「6月の住民企画会議」). Stored as this text, so
 * sorting the text sorts the dates, and a month is never printed as a made-up 1st.
 */
export type CalendarDate = string
export type Precision = 'day' | 'month'

export const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
export const CALENDAR_MONTH = /^(\d{4})-(\d{2})$/

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土']

export type DateRefusal = 'format' | 'noDay' | 'invalid' | { weekday: string; actual: string }
export type DateParse = { ok: true; value: CalendarDate; precision: Precision } | { ok: false; reason: DateRefusal }

const pad = (n: number) => String(n).padStart(2, '0')
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** The year, among the reference's and its neighbours, that puts a month and day closest to the reference day. */
function nearestYear(month: number, day: number, reference: Date): number {
  const [refYear = 0, refMonth = 0, refDay = 0] = japanDay(reference).split('-').map(Number)
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(refYear, refMonth - 1, refDay))
  // Only years that have the day (2月29日 looks to leap years).
  const years = [refYear - 1, refYear, refYear + 1].filter((year) => day <= daysIn(year, month))
  return years.reduce((best, year) => (distance(year) < distance(best) ? year : best), years[0] ?? refYear)
}

/** Digits with 年, 月 or a separator: meant as a date, so a failure to read it is a date that does not exist. */
const LOOKS_LIKE_A_DATE = /[0-9０-９].*(年|月|[/／.．\-－])[0-9０-９]|^(令和|平成|昭和|[RHrhＲＨｒｈ])[0-9０-９元]/
const TYPED_WEEKDAY = /[(（]\s*([日月火水木金土])/

/**
 * Reads a date as a Japanese coordinator types it, with the search index's reader of written
 * dates (令和8年2月16日(月), R8.2.16, 2026/2/16, 2月16日, 2/16, 令和7年8月号). A field asks more of
 * it: `reference` gives the year to a date typed without one (the nearest 2月16日 to it), a
 * typed weekday must match the day, and a month alone is a value only where `allowMonth`. A
 * stored ISO instant (from older records) is read as its day in Japan. Refuses, with a reason,
 * rather than guess.
 */
export function parseCalendarDate(input: string, options: { allowMonth?: boolean; reference?: Date } = {}): DateParse {
  const text = input.normalize('NFKC').replace(/\s+/g, '')
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const instant = new Date(text)
    if (Number.isNaN(instant.getTime())) return { ok: false, reason: 'invalid' }
    return { ok: true, value: japanDay(instant), precision: 'day' }
  }
  const date = parseDate(text)
  if (!date) return { ok: false, reason: LOOKS_LIKE_A_DATE.test(text) ? 'invalid' : 'format' }
  // A month with neither year nor day (8月) names no one month.
  if (date.year === null && date.day === null) return { ok: false, reason: 'format' }
  const year = date.year ?? nearestYear(date.month, date.day ?? 1, options.reference ?? new Date()) // (a day is there: see above)
  if (date.day === null) {
    return options.allowMonth ? { ok: true, value: `${year}-${pad(date.month)}`, precision: 'month' } : { ok: false, reason: 'noDay' }
  }
  if (date.day > daysIn(year, date.month)) return { ok: false, reason: 'invalid' } // 2月29日 in a year without one
  const weekday = TYPED_WEEKDAY.exec(text)?.[1]
  if (weekday) {
    const actual = WEEKDAYS[new Date(Date.UTC(year, date.month - 1, date.day)).getUTCDay()] ?? ''
    if (actual !== weekday) return { ok: false, reason: { weekday, actual } }
  }
  return { ok: true, value: `${year}-${pad(date.month)}-${pad(date.day)}`, precision: 'day' }
}

/** A calendar date as stored is exactly YYYY-MM-DD (a real day) or, where allowed, YYYY-MM. */
export function isCalendarDate(value: unknown, allowMonth = false): value is CalendarDate {
  if (typeof value !== 'string') return false
  const day = CALENDAR_DAY.exec(value)
  if (day) {
    const [, y, m, d] = day.map(Number) as [number, number, number, number]
    return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
  }
  const month = CALENDAR_MONTH.exec(value)
  return allowMonth && month !== null && Number(month[2]) >= 1 && Number(month[2]) <= 12
}

/** Whether a stored calendar date gives only a month (2025-08). */
export function isMonthDate(value: string): boolean {
  return CALENDAR_MONTH.test(value)
}

/** The first day of the date's month or the day itself: for sorting and "from" comparisons. */
export function firstDayOf(value: CalendarDate): string {
  return isMonthDate(value) ? `${value}-01` : value
}

/** The last day it covers: the day itself, or the month's last day. */
export function lastDayOf(value: CalendarDate): string {
  const month = CALENDAR_MONTH.exec(value)
  if (!month) return value
  const [year, m] = [Number(month[1]), Number(month[2])]
  return `${value}-${pad(daysIn(year, m))}`
}

/**
 * A calendar date as the schema stores it (2026-02-16, or 2025-08 for a month) passes as is;
 * an instant (older records, 公開日) is read as its day in Japan; anything else is no date.
 */
export function calendarDateOf(value: string | null | undefined): CalendarDate | null {
  if (!value) return null
  if (CALENDAR_DAY.test(value) || isMonthDate(value)) return value
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? null : japanDay(instant)
}

/** The instant a day or month starts being "published": 9:00 that morning in Japan (an article's 公開日). */
export function morningOfCalendarDate(value: CalendarDate): string {
  return new Date(`${firstDayOf(value)}T09:00:00+09:00`).toISOString()
}

/** The instant a calendar date (a day or a month) begins in Japan, for sorting beside instants. */
export function startOfCalendarDate(value: CalendarDate): Date {
  return new Date(`${firstDayOf(value)}T00:00:00+09:00`)
}

/**
 * The date an article is shown with: its 公開日 as a day, except where that is only the default
 * its month-dated issue gave it (the 1st), which is the issue's month: never an invented day.
 */
export function articleDateOf(publishedAt: string | null | undefined, issuedOn: string | null | undefined): CalendarDate | null {
  const issue = calendarDateOf(issuedOn)
  if (!publishedAt) return issue
  const day = japanDay(publishedAt)
  return issue && isMonthDate(issue) && day === firstDayOf(issue) ? issue : day
}
