/** A visit's headcount as the paper gives it: 8名, or 11名（ほかに同行の職員2名）. */
export function formatHeadcount(headcount: number | null, staffCount: number | null): string {
  if (headcount === null) return staffCount ? `同行の職員${staffCount}名` : ''
  return staffCount ? `${headcount}名（ほかに同行の職員${staffCount}名）` : `${headcount}名`
}

/** An event's capacity as printed: 各協議体 6名まで for an exchange meeting, 20名まで for a course open to all. */
export function formatCapacity(capacity: { count: number; per: 'per-council' | 'total' } | null): string {
  if (!capacity) return ''
  return capacity.per === 'per-council' ? `各協議体 ${capacity.count}名まで` : `${capacity.count}名まで`
}
