import { normalizeText } from './normalize.ts'

export interface ParsedQuery {
  /** Every one must appear (AND); phrases keep their inner spacing. */
  include: string[]
  /** None may appear (`-word`). */
  exclude: string[]
}

const MAX_WORDS = 10

/**
 * Parses what a reader typed: words separated by spaces (full- or half-width) are AND,
 * "a phrase in quotes" (also 「」) is one word, and -word excludes. Everything normalised.
 */
export function parseQuery(input: string): ParsedQuery {
  const include: string[] = []
  const exclude: string[] = []
  const pattern = /(-?)(?:"([^"]*)"|“([^”]*)”|「([^」]*)」|(\S+))/g
  const text = input.normalize('NFKC')
  for (const match of text.matchAll(pattern)) {
    const [, minus, ...alternatives] = match
    const raw = alternatives.find((value) => value !== undefined) ?? ''
    const word = normalizeText(raw)
    if (!word) continue
    ;(minus ? exclude : include).push(word)
    if (include.length + exclude.length >= MAX_WORDS) break
  }
  return { include, exclude }
}
