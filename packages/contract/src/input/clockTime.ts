import { plainTyped } from './width.ts'

/** A time of day as stored: 24-hour HH:mm. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/

const pad = (n: number) => String(n).padStart(2, '0')
const TIME = /^(午前|午後|AM|PM)?(\d{1,2})(?::(\d{2})|時(?:(\d{1,2})分|(半))?)$/i

/**
 * Reads a time as people type it: 9:30, ９：３０, 10時, 10時半, 10時30分, 午後1時半, PM1:30.
 * Returns HH:mm, or null for anything else (a bare number is not a time).
 */
export function parseClockTime(input: string): string | null {
  const match = TIME.exec(plainTyped(input))
  if (!match) return null
  const [, meridiem, h = '', colonMinutes, kanjiMinutes, half] = match
  let hours = Number(h)
  const minutes = half ? 30 : Number(colonMinutes ?? kanjiMinutes ?? 0)
  if (meridiem) {
    if (hours > 12) return null
    hours = (hours % 12) + (/午後|PM/i.test(meridiem) ? 12 : 0)
  }
  if (hours > 23 || minutes > 59) return null
  return `${pad(hours)}:${pad(minutes)}`
}

/**
 * A start and an end typed in one box: 10:00~12:00, 10時～12時, 13:30-15:00, 午後1時から3時まで.
 * An end without 午前/午後 shares the start's.
 */
export function parseTimeRange(input: string): { start: string; end: string } | null {
  const match = /^(.+?)(?:~|-|から)(.+?)(?:まで)?$/.exec(plainTyped(input))
  if (!match) return null
  const [, first = '', second = ''] = match
  const meridiem = /^(午前|午後|AM|PM)/i.exec(first)?.[1]
  const start = parseClockTime(first)
  const end = parseClockTime(meridiem && !/^(午前|午後|AM|PM)/i.test(second) ? `${meridiem}${second}` : second)
  return start && end ? { start, end } : null
}

/** Minutes since midnight of an HH:mm time. */
export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return hours * 60 + minutes
}
