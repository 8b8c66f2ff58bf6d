import { z } from 'zod'

/** Cursor pages over a stable key: records added while a client pages are never repeated or skipped. */
export const pageInput = {
  cursor: z.number().int().nonnegative().nullish(),
  limit: z.number().int().min(1).max(100).default(20),
}

export function nextCursorOf<T>(items: T[], limit: number, keyOf: (item: T) => number): number | null {
  const last = items[limit - 1]
  return items.length > limit && last !== undefined ? keyOf(last) : null
}
