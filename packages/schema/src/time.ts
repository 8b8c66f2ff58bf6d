/** The newsletter's calendar is Japan's: every day and time an editor types is Asia/Tokyo (UTC+9, no DST). */
const JST_OFFSET = '+09:00'

/** The calendar day (YYYY-MM-DD) in Japan of a stored date value. */
export function japanDay(value: string | Date): string {
  const instant = typeof value === 'string' ? new Date(value) : value
  return new Date(instant.getTime() + 9 * 3600_000).toISOString().slice(0, 10)
}

/** The instant of a Japan-time day and HH:mm. */
export function japanTime(day: string | Date, time: string): Date {
  return new Date(`${japanDay(day)}T${time}:00${JST_OFFSET}`)
}

/** Japan's fiscal year (年度, April to March) of a calendar day (YYYY-MM-DD): 2026-03-31 → 2025. */
export function fiscalYearOfDay(day: string): number {
  const [year = 0, month = 0] = day.split('-').map(Number)
  return month >= 4 ? year : year - 1
}

/**
 * A calendar date as the schema stores it (2026-02-16, or 2025-08 for a month) passes as is;
 * an instant is read as its day in Japan; anything else is no date.
 */
export function calendarDateOf(value: string | null | undefined): string | null {
  if (!value) return null
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(value)) return value
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? null : japanDay(instant)
}

/** The instant a calendar date (a day or a month) begins in Japan, for sorting beside instants. */
export function startOfCalendarDate(value: string): Date {
  return new Date(`${/^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value}T00:00:00${JST_OFFSET}`)
}

/**
 * The date an article is shown with: its 公開日 as a day, except where that is only the default
 * its month-dated issue gave it (the 1st), which is the issue's month: never an invented day.
 */
export function articleDateOf(publishedAt: string | null | undefined, issuedOn: string | null | undefined): string | null {
  const issue = calendarDateOf(issuedOn)
  if (!publishedAt) return issue
  const day = japanDay(publishedAt)
  return issue && /^\d{4}-\d{2}$/.test(issue) && day === `${issue}-01` ? issue : day
}
