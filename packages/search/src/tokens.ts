import { isDateToken } from '@oneheart/contract/dates'
import { normalizeText } from './normalize.ts'

/**
 * Index terms: every single character and every pair of neighbouring characters within a
 * word (never across a separator). Single characters make one-character queries (会) as exact
 * as longer ones; pairs make longer queries selective. A query's terms must all be present,
 * and the normalised text is then checked for the whole query, so no false match survives.
 */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>()
  for (const word of normalizeText(text).split(' ')) {
    const chars = [...word]
    chars.forEach((char, index) => {
      terms.add(char)
      const next = chars[index + 1]
      if (next !== undefined) terms.add(char + next)
    })
  }
  terms.delete('')
  return [...terms]
}

/**
 * The terms one query word needs: its pairs, or the character itself when it is one character.
 * A quoted phrase is split where the index splits, so no pair spans its spaces.
 */
export function queryTerms(word: string): string[] {
  if (isDateToken(word)) return [word]
  const terms = new Set<string>()
  for (const part of normalizeText(word).split(' ')) {
    const chars = [...part]
    if (chars.length === 1) terms.add(chars[0]!)
    for (let index = 0; index < chars.length - 1; index++) terms.add(chars[index]! + chars[index + 1]!)
  }
  return [...terms]
}

/** Whether the terms alone decide a match (one or two characters, no spaces; a date term). */
export function termsAreExact(word: string): boolean {
  const normal = normalizeText(word)
  return isDateToken(normal) || (!normal.includes(' ') && [...normal].length <= 2)
}
