import { INT32_MAX, recordIdSchema } from '@oneheart/contract'
import { z } from 'zod'

/** Cursor pages over a stable key: records added while a client pages are never repeated or skipped. */
export const pageInput = {
  // A key (an id or an issue number) the database compares as an integer: bounded like one.
  cursor: z.number().int().nonnegative().max(INT32_MAX).nullish(),
  limit: z.number().int().min(1).max(100).default(20),
}

export function nextCursorOf<T>(items: T[], limit: number, keyOf: (item: T) => number): number | null {
  const last = items[limit - 1]
  return items.length > limit && last !== undefined ? keyOf(last) : null
}

/** Whether a number read back from a cursor is an id the database can compare (int32, positive). */
export function isCursorId(value: unknown): value is number {
  return recordIdSchema.safeParse(value).success
}

/**
 * An instant read back from a cursor, as the ISO text the database reads, or null. JavaScript
 * accepts dates PostgreSQL refuses ("March 7", year 275760); the stored instants have
 * millisecond precision, so rewriting through Date loses nothing.
 */
export function cursorInstant(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 40) return null
  const time = Date.parse(value)
  if (Number.isNaN(time)) return null
  const year = new Date(time).getUTCFullYear()
  return year >= 1900 && year <= 9999 ? new Date(time).toISOString() : null
}
