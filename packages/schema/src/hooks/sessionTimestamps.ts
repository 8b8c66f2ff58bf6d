import { CLOCK_TIME, firstDayOf, isCalendarDate, japanTime, lastDayOf } from '@oneheart/contract'
import type { CollectionBeforeChangeHook } from 'payload'

interface SessionInput {
  date?: string | null
  startTime?: string | null
  endTime?: string | null
  startsAt?: string | null
  endsAt?: string | null
}

const timeOr = (value: string | null | undefined, fallback: string) => (value && CLOCK_TIME.test(value) ? value : fallback)

/**
 * Stores each session's start and end as instants, and the event's first and last session.
 * A session known only by its day or month spans the whole of it. Runs before validation, so
 * it leaves alone what it cannot read (validation then names the field).
 */
export const sessionTimestamps: CollectionBeforeChangeHook = ({ data }) => {
  const sessions: SessionInput[] = Array.isArray(data.sessions) ? data.sessions : []
  for (const session of sessions) {
    if (!isCalendarDate(session.date, true)) continue
    session.startsAt = japanTime(firstDayOf(session.date), timeOr(session.startTime, '00:00')).toISOString()
    session.endsAt = japanTime(
      lastDayOf(session.date),
      timeOr(session.endTime, session.startTime && CLOCK_TIME.test(session.startTime) ? session.startTime : '23:59'),
    ).toISOString()
  }
  const starts = sessions
    .map((session) => session.startsAt)
    .filter((value): value is string => Boolean(value))
    .sort()
  data.firstSessionAt = starts[0] ?? null
  data.lastSessionAt = starts.at(-1) ?? null
  return data
}
