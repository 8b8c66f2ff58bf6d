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
