import { formatEraDate } from './dates.ts'

/** A <time> whose text is the era date and whose datetime is machine-readable. */
export function EraDate({ value, weekday = true }: { value: string; weekday?: boolean }) {
  return <time dateTime={value}>{formatEraDate(value, { weekday })}</time>
}
