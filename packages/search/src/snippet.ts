import { dateTermsOf, findDates, isDateToken } from '@oneheart/contract/dates'
import { normalizeWithMap } from './normalize.ts'

/** [start, end) in UTF-16 units of a text. */
export interface TextRange {
  start: number
  end: number
}

export interface Snippet {
  text: string
  /** [start, end) ranges of `text` to highlight. */
  highlights: TextRange[]
}

/** How many characters a snippet shows, and how many of them come before the first match. */
export const WIDTH = 90
export const LEAD = 20

/** Text as snippets show it: one line, runs of spaces and line breaks as one space. */
export const snippetText = (source: string) => source.replace(/\s+/g, ' ').trim()

/**
 * Where the words appear in the text, found in the normal form (so ﾜﾝﾊｰﾄ marks ワンハート).
 * A date term (md0216) marks the dates written in the text that it stands for.
 */
export function findWords(text: string, words: string[]): TextRange[] {
  const { normalized, sourceIndex } = normalizeWithMap(text)
  const dateWords = words.filter(isDateToken)
  const dates = dateWords.length ? findDates(text).filter((date) => dateTermsOf(date).some((term) => dateWords.includes(term))) : []
  return [
    ...dates.map(({ start, end }) => ({ start, end })),
    ...words
      .filter((word) => word && !isDateToken(word))
      .flatMap((word) => {
        const hits: TextRange[] = []
        for (let at = normalized.indexOf(word); at !== -1; at = normalized.indexOf(word, at + word.length)) {
          const start = sourceIndex[at]!
          const lastSource = sourceIndex[at + word.length - 1]!
          hits.push({ start, end: lastSource + codeUnitLength(text, lastSource) })
        }
        return hits
      }),
  ]
}

/** The ranges sorted, with overlapping and touching ones joined. */
export function mergeRanges(ranges: TextRange[]): TextRange[] {
  return [...ranges]
    .sort((a, b) => a.start - b.start)
    .reduce<TextRange[]>((merged, range) => {
      const last = merged.at(-1)
      if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
      else merged.push({ ...range })
      return merged
    }, [])
}

/** A short passage of the text around the first range found, with every range in it marked. */
export function snippetAround(text: string, found: TextRange[], width = WIDTH): Snippet {
  const first = found.reduce<number | null>((min, hit) => (min === null || hit.start < min ? hit.start : min), null)
  const from = first === null ? 0 : Math.max(0, first - LEAD)
  const to = Math.min(text.length, from + width)
  const prefix = from > 0 ? '…' : ''
  const suffix = to < text.length ? '…' : ''
  const highlights = mergeRanges(found.filter((hit) => hit.start >= from && hit.end <= to)).map((hit) => ({
    start: hit.start - from + prefix.length,
    end: hit.end - from + prefix.length,
  }))
  return { text: prefix + text.slice(from, to) + suffix, highlights }
}

/**
 * A short passage around the first place a query word appears, with every word's
 * occurrences in it marked. Words are found in the normal form, so ﾜﾝﾊｰﾄ marks ワンハート.
 * (Kana words written in kanji are found by readingSnippet, which needs the dictionary.)
 */
export function makeSnippet(source: string, words: string[], width = WIDTH): Snippet {
  const text = snippetText(source)
  return snippetAround(text, findWords(text, words), width)
}

/** How many UTF-16 units the source character at this index takes, with a following half-width voice mark. */
function codeUnitLength(text: string, index: number): number {
  const char = String.fromCodePoint(text.codePointAt(index)!)
  const next = text[index + char.length]
  return char.length + (next === '\uFF9E' || next === '\uFF9F' ? 1 : 0)
}
