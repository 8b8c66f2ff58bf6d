/** A visit's headcount as the paper gives it: 8名, or 11名（ほかに同行の職員2名）. */
export function formatHeadcount(headcount: number | null, staffCount: number | null): string {
  if (headcount === null) return staffCount ? `同行の職員${staffCount}名` : ''
  return staffCount ? `${headcount}名（ほかに同行の職員${staffCount}名）` : `${headcount}名`
}
