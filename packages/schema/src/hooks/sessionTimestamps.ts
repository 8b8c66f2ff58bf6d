import type { CollectionBeforeChangeHook } from 'payload'
import { japanTime } from '../time.ts'

interface SessionInput {
  date?: string | null
  startTime?: string | null
  endTime?: string | null
  startsAt?: string | null
  endsAt?: string | null
}

/** Stores each session's start and end as instants, and the event's first and last session. */
export const sessionTimestamps: CollectionBeforeChangeHook = ({ data }) => {
  const sessions: SessionInput[] = Array.isArray(data.sessions) ? data.sessions : []
  for (const session of sessions) {
    if (!session.date || !session.startTime || !session.endTime) continue
    session.startsAt = japanTime(session.date, session.startTime).toISOString()
    session.endsAt = japanTime(session.date, session.endTime).toISOString()
  }
  const starts = sessions.map((session) => session.startsAt).filter((value): value is string => Boolean(value)).sort()
  data.firstSessionAt = starts[0] ?? null
  data.lastSessionAt = starts.at(-1) ?? null
  return data
}
