import { formatEraDate, formatIssueDate } from './dates.ts'

/** A <time> whose text is the era date and whose datetime is machine-readable. */
export function EraDate({ value, weekday = true }: { value: string; weekday?: boolean }) {
  return <time dateTime={value}>{formatEraDate(value, { weekday })}</time>
}

/** An issue's date as its masthead gives it: 令和8年2月16日(月) 発行, or 令和7年8月号. */
export function IssueDate({ value }: { value: string }) {
  return <time dateTime={value}>{formatIssueDate(value)}</time>
}
