import { normalizeWithMap } from './normalize.ts'

export interface Snippet {
  text: string
  /** [start, end) ranges of `text` to highlight. */
  highlights: Array<{ start: number; end: number }>
}

const WIDTH = 90
const LEAD = 20

/**
 * A short passage around the first place a query word appears, with every word's
 * occurrences in it marked. Words are found in the normal form, so ﾜﾝﾊｰﾄ marks ワンハート.
 */
export function makeSnippet(source: string, words: string[], width = WIDTH): Snippet {
  const text = source.replace(/\s+/g, ' ').trim()
  const { normalized, sourceIndex } = normalizeWithMap(text)
  const found = words.flatMap((word) => {
    const hits: Array<{ start: number; end: number }> = []
    if (!word) return hits
    for (let at = normalized.indexOf(word); at !== -1; at = normalized.indexOf(word, at + word.length)) {
      const start = sourceIndex[at]!
      const lastSource = sourceIndex[at + word.length - 1]!
      hits.push({ start, end: lastSource + codeUnitLength(text, lastSource) })
    }
    return hits
  })
  const first = found.reduce<number | null>((min, hit) => (min === null || hit.start < min ? hit.start : min), null)
  const from = first === null ? 0 : Math.max(0, first - LEAD)
  const to = Math.min(text.length, from + width)
  const prefix = from > 0 ? '…' : ''
  const suffix = to < text.length ? '…' : ''
  const highlights = found
    .filter((hit) => hit.start >= from && hit.end <= to)
    .sort((a, b) => a.start - b.start)
    .reduce<Array<{ start: number; end: number }>>((merged, hit) => {
      const last = merged.at(-1)
      if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end)
      else merged.push({ ...hit })
      return merged
    }, [])
    .map((hit) => ({ start: hit.start - from + prefix.length, end: hit.end - from + prefix.length }))
  return { text: prefix + text.slice(from, to) + suffix, highlights }
}

/** How many UTF-16 units the source character at this index takes, with a following half-width voice mark. */
function codeUnitLength(text: string, index: number): number {
  const char = String.fromCodePoint(text.codePointAt(index)!)
  const next = text[index + char.length]
  return char.length + (next === '\uFF9E' || next === '\uFF9F' ? 1 : 0)
}
