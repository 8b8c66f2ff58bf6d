import { plainTyped } from './width.ts'

/**
 * A day or a month on Japan's calendar, as the newsletter dates things: `2026-02-16` for a
 * day, `2025-08` for a month (「令和7年8月号」, 「6月の住民企画会議」). Stored as this text, so
 * sorting the text sorts the dates, and a month is never printed as a made-up 1st.
 */
export type CalendarDate = string
export type Precision = 'day' | 'month'

export const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
export const CALENDAR_MONTH = /^(\d{4})-(\d{2})$/

export function precisionOf(value: CalendarDate): Precision {
  return CALENDAR_MONTH.test(value) ? 'month' : 'day'
}

/** Gregorian year of the first year of each era (元年), for what people type: 令和8年, R8. */
const ERAS: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988, 昭和: 1925, S: 1925 }
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土']

export type DateRefusal = 'format' | 'noDay' | 'invalid' | { weekday: string; actual: string }
export type DateParse = { ok: true; value: CalendarDate; precision: Precision } | { ok: false; reason: DateRefusal }

const pad = (n: number) => String(n).padStart(2, '0')
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** The year, among the reference's and its neighbours, that puts a month and day closest to the reference day. */
function nearestYear(month: number, day: number, reference: Date): number {
  const ref = new Date(reference.getTime() + 9 * 3600_000) // Japan's calendar day
  const refYear = ref.getUTCFullYear()
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(refYear, ref.getUTCMonth(), ref.getUTCDate()))
  return [refYear - 1, refYear, refYear + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best))
}

const PATTERNS: { re: RegExp; era?: boolean; yearless?: boolean }[] = [
  // 令和8年2月16日(月) / 令和元年5月 / 令和7年8月号
  { re: /^(令和|平成|昭和)(元|\d{1,2})年(\d{1,2})月(?:(\d{1,2})日)?(?:号)?(?:\(([日月火水木金土])(?:曜日?)?\))?$/, era: true },
  // R8.2.16 / R8/2/16 / r8-2-16 / R7.8
  { re: /^([RHS])(\d{1,2})[./-](\d{1,2})(?:[./-](\d{1,2}))?(?:\(([日月火水木金土])\))?$/i, era: true },
  // 2026年2月16日(月) / 2025年8月号
  { re: /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?(?:号)?(?:\(([日月火水木金土])(?:曜日?)?\))?$/ },
  // 2026/2/16, 2026-02-16, 2026.2.16, 2025/8, 2025-08
  { re: /^(\d{4})[./-](\d{1,2})(?:[./-](\d{1,2}))?(?:\(([日月火水木金土])\))?$/ },
  // 2月16日(月), 2/16: the year comes from context
  { re: /^(\d{1,2})月(\d{1,2})日(?:\(([日月火水木金土])(?:曜日?)?\))?$/, yearless: true },
  { re: /^(\d{1,2})\/(\d{1,2})(?:\(([日月火水木金土])\))?$/, yearless: true },
]

/**
 * Reads a date as a Japanese coordinator types it. `reference` gives the year to a date typed
 * without one (the nearest 2月16日 to it). A stored ISO instant (from older records) is read as
 * its day in Japan. Refuses, with a reason, rather than guess.
 */
export function parseCalendarDate(input: string, options: { allowMonth?: boolean; reference?: Date } = {}): DateParse {
  const text = plainTyped(input)
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const instant = new Date(text)
    if (Number.isNaN(instant.getTime())) return { ok: false, reason: 'invalid' }
    return { ok: true, value: new Date(instant.getTime() + 9 * 3600_000).toISOString().slice(0, 10), precision: 'day' }
  }
  for (const { re, era, yearless } of PATTERNS) {
    const match = re.exec(text)
    if (!match) continue
    let year: number
    let month: number
    let day: number | undefined
    let weekday: string | undefined
    if (era) {
      const [, eraName = '', eraYear = '', m = '', d, w] = match
      year = (ERAS[eraName.toUpperCase()] ?? ERAS[eraName] ?? 0) + (eraYear === '元' ? 1 : Number(eraYear))
      month = Number(m)
      day = d ? Number(d) : undefined
      weekday = w
    } else if (yearless) {
      const [, m = '', d = '', w] = match
      month = Number(m)
      day = Number(d)
      weekday = w
      if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, reason: 'invalid' }
      year = nearestYear(month, day, options.reference ?? new Date())
    } else {
      const [, y = '', m = '', d, w] = match
      year = Number(y)
      month = Number(m)
      day = d ? Number(d) : undefined
      weekday = w
    }
    if (month < 1 || month > 12 || year < 1900 || year > 2200) return { ok: false, reason: 'invalid' }
    if (day === undefined) {
      return options.allowMonth ? { ok: true, value: `${year}-${pad(month)}`, precision: 'month' } : { ok: false, reason: 'noDay' }
    }
    if (day < 1 || day > daysIn(year, month)) return { ok: false, reason: 'invalid' }
    if (weekday) {
      const actual = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? ''
      if (actual !== weekday) return { ok: false, reason: { weekday, actual } }
    }
    return { ok: true, value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' }
  }
  return { ok: false, reason: 'format' }
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

/** The first day of the date's month or the day itself: for sorting and "from" comparisons. */
export function firstDayOf(value: CalendarDate): string {
  return CALENDAR_MONTH.test(value) ? `${value}-01` : value
}

/** The last day it covers: the day itself, or the month's last day. */
export function lastDayOf(value: CalendarDate): string {
  const month = CALENDAR_MONTH.exec(value)
  if (!month) return value
  const [year, m] = [Number(month[1]), Number(month[2])]
  return `${value}-${pad(daysIn(year, m))}`
}
