import { Fragment } from 'react'

/** Text with the given ranges wrapped in <mark>. */
export function Highlighted({ text, ranges }: { text: string; ranges: Array<{ start: number; end: number }> }) {
  const parts: Array<{ text: string; marked: boolean }> = []
  let at = 0
  for (const range of ranges) {
    if (range.start > at) parts.push({ text: text.slice(at, range.start), marked: false })
    parts.push({ text: text.slice(range.start, range.end), marked: true })
    at = range.end
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false })
  return <>{parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>))}</>
}
