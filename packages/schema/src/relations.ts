/**
 * Relationship values come as ids or as populated records, one or many, depending on depth
 * and on where Payload hands them over. These read the ids out of any of them.
 */

/** The record id in a relationship value; null when empty, NaN when it names no record at all. */
export function relationId(value: unknown): number | null {
  if (value == null || value === '') return null
  if (typeof value === 'object') return Number((value as { id?: unknown }).id)
  return Number(value)
}

/** Every id in a relationship value, single or hasMany (NaN kept, so a bad value is still refused). */
export function relationIds(value: unknown): number[] {
  const list: unknown[] = Array.isArray(value) ? value : [value]
  return list.map(relationId).filter((id): id is number => id !== null)
}
