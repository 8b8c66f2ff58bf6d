import { fiscalYearOfDay, japanDay } from '@oneheart/schema'

/** Dates as the newsletter prints them: Japanese era, weekday in brackets. Always Japan time. */
const eraDate = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: 'Asia/Tokyo',
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
})
const weekday = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', weekday: 'short' })
const eraYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: 'Asia/Tokyo', era: 'long', year: 'numeric' })

function toDate(value: string | Date): Date {
  // A bare day is a day in Japan, not midnight UTC.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T12:00:00+09:00`)
  return typeof value === 'string' ? new Date(value) : value
}

/** 令和8年2月16日(月) */
export function formatEraDate(value: string | Date, options: { weekday?: boolean } = {}): string {
  const date = toDate(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`)
  const text = eraDate.format(date)
  return options.weekday === false ? text : `${text}(${weekday.format(date)})`
}

/** 令和7年度 (2025年度): the fiscal year, April to March, that a day falls in. */
export function fiscalYearOf(value: string | Date): { year: number; label: string } {
  const fiscal = fiscalYearOfDay(japanDay(toDate(value)))
  const era = eraYear.format(new Date(`${fiscal}-06-01T12:00:00+09:00`))
  return { year: fiscal, label: `${era}度（${fiscal}年度）` }
}
