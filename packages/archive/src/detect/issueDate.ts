/** A date an issue prints: a month (2025-08) or a day (2025-08-01), as found in its text. */
export interface FoundDate {
  value: string
  precision: 'month' | 'day'
  /** The words it was read from, for the warning list and the review screen. */
  source: string
}

const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 }

const digits = (text: string) => Number(text.normalize('NFKC').replace('元', '1'))
const pad = (value: number) => String(value).padStart(2, '0')

const D = '[0-9０-９]'
const ERA_DATE = new RegExp(`(令和|平成|昭和)\\s*(${D}{1,2}|元)\\s*年\\s*(${D}{1,2})\\s*月(?:\\s*(${D}{1,2})\\s*日)?(\\s*(?:号|発行))?`, 'gu')
const WESTERN_DATE = new RegExp(
  `((?:19|20)${D}{2})\\s*(?:年\\s*(${D}{1,2})\\s*月(?:\\s*(${D}{1,2})\\s*日)?|[/.／．]\\s*(${D}{1,2})(?:\\s*[/.／．]\\s*(${D}{1,2}))?)(\\s*(?:号|発行))?`,
  'gu',
)

interface Candidate extends FoundDate {
  index: number
  /** Marked as the issue's own date (…月号, …発行). */
  marked: boolean
}

function candidatesIn(text: string): Candidate[] {
  const found: Candidate[] = []
  const add = (index: number, source: string, year: number, month: number, day: number | undefined, marked: boolean) => {
    if (month < 1 || month > 12 || year < 1950 || year > 2100) return
    if (day !== undefined && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return
    found.push({
      index,
      source: source.trim(),
      marked,
      value: day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`,
      precision: day ? 'day' : 'month',
    })
  }
  for (const match of text.matchAll(ERA_DATE)) {
    add(match.index, match[0], ERAS[match[1]!]! + digits(match[2]!), digits(match[3]!), match[4] ? digits(match[4]) : undefined, Boolean(match[5]))
  }
  for (const match of text.matchAll(WESTERN_DATE)) {
    const month = match[2] ?? match[4]
    const day = match[3] ?? match[5]
    add(match.index, match[0], digits(match[1]!), digits(month!), day ? digits(day) : undefined, Boolean(match[6]))
  }
  return found.sort((a, b) => a.index - b.index)
}

/**
 * The issue's date from its text: one marked as the issue's (令和7年8月号, 2025年8月発行) first,
 * else the first date on the first page, else the first anywhere. Month precision is kept as printed.
 */
export function findIssueDate(pages: string[]): FoundDate | null {
  const first = candidatesIn(pages[0] ?? '')
  const all = pages.flatMap((page) => candidatesIn(page))
  const pick = first.find((date) => date.marked) ?? first[0] ?? all.find((date) => date.marked) ?? all[0]
  return pick ? { value: pick.value, precision: pick.precision, source: pick.source } : null
}
