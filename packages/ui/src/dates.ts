import { isMonthDate } from '@oneheart/contract/input'
import { fiscalYearOfDay, japanDay } from '@oneheart/contract/time'

/** Dates as the newsletter prints them: Japanese era, weekday in brackets. Always Japan time. */
const eraDate = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: 'Asia/Tokyo',
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
})
const weekday = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', weekday: 'short' })
const eraMonth = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: 'Asia/Tokyo', era: 'long', year: 'numeric', month: 'long' })
const eraYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: 'Asia/Tokyo', era: 'long', year: 'numeric' })

function toDate(value: string | Date): Date {
  // A bare day is a day in Japan, not midnight UTC.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T12:00:00+09:00`)
  if (typeof value === 'string' && isMonth(value)) return new Date(`${value}-15T12:00:00+09:00`)
  return typeof value === 'string' ? new Date(value) : value
}

const isMonth = (value: string | Date) => typeof value === 'string' && isMonthDate(value)

/** 令和8年2月16日(月); a month-dated value (2025-08) as 令和7年8月, never with a made-up day. */
export function formatEraDate(value: string | Date, options: { weekday?: boolean } = {}): string {
  const date = toDate(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`)
  if (isMonth(value)) return eraMonth.format(date)
  const text = eraDate.format(date)
  return options.weekday === false ? text : `${text}(${weekday.format(date)})`
}

/** How an issue is dated on its masthead: 令和8年2月16日(月) 発行, or 令和7年8月号 when dated by month. */
export function formatIssueDate(value: string): string {
  return isMonth(value) ? `${formatEraDate(value)}号` : `${formatEraDate(value)} 発行`
}

/** 令和7年度 (2025年度): the fiscal year, April to March, that a day falls in. */
export function fiscalYearOf(value: string | Date): { year: number; label: string } {
  const fiscal = fiscalYearOfDay(japanDay(toDate(value)))
  const era = eraYear.format(new Date(`${fiscal}-06-01T12:00:00+09:00`))
  return { year: fiscal, label: `${era}度（${fiscal}年度）` }
}

/** A session's times as printed: 10:00〜12:00, 10:00〜 with no end, nothing when known by date alone. */
export function formatTimeRange(start: string | null, end: string | null): string {
  if (!start) return ''
  return `${start}〜${end ?? ''}`
}
