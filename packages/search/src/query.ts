import { dateToken, findDates } from '@oneheart/contract/dates'
import { normalizeText } from './normalize.ts'

export interface ParsedQuery {
  /** Every one must appear (AND); phrases keep their inner spacing; a typed date is its date term (md0216). */
  include: string[]
  /** None may appear (`-word`). */
  exclude: string[]
}

const MAX_WORDS = 10
const QUOTED = /"[^"]*"|“[^”]*”|「[^」]*」/g

/**
 * Dates outside quotes become words of their own, their date terms (令和8年 2月16日(月) →
 * d20260216), so a date may hold spaces and may touch other words (2月16日の会議). A minus
 * right before a date at the start of a word still excludes it.
 */
function markDates(text: string): string {
  const quoted = [...text.matchAll(QUOTED)].map((match) => [match.index, match.index + match[0].length] as const)
  let out = ''
  let at = 0
  for (const date of findDates(text, { loose: true })) {
    if (quoted.some(([start, end]) => date.start < end && date.end > start)) continue
    const minus = date.start - 1
    const excluded = minus >= at && text[minus] === '-' && (minus === 0 || /\s/.test(text[minus - 1]!))
    out += `${text.slice(at, date.start)}${excluded ? '' : ' '}${dateToken(date)} `
    at = date.end
  }
  return out + text.slice(at)
}

/** One Japanese character standing alone between spaces. */
const LONE_JAPANESE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]$/u

interface TypedWord {
  raw: string
  minus: boolean
  quoted: boolean
}

/**
 * Single Japanese characters typed one after another with spaces (地 域 の サ ロ ン) are one
 * word spaced out, as in the damaged text they were copied from: nobody looks for 地 and 域
 * apart. Quoted and excluded words stay as typed.
 */
function joinSpacedOut(words: TypedWord[]): TypedWord[] {
  const joined: Array<TypedWord & { lone: boolean }> = []
  for (const word of words) {
    const lone = !word.minus && !word.quoted && LONE_JAPANESE.test(word.raw)
    const last = joined.at(-1)
    if (lone && last?.lone) last.raw += word.raw
    else joined.push({ ...word, lone })
  }
  return joined
}

/**
 * Parses what a reader typed: words separated by spaces (full- or half-width) are AND,
 * "a phrase in quotes" (also 「」) is one word, and -word excludes. Dates typed in any usual
 * form become date terms (see dates.ts). Everything normalised.
 */
export function parseQuery(input: string): ParsedQuery {
  const include: string[] = []
  const exclude: string[] = []
  const pattern = /(-?)(?:"([^"]*)"|“([^”]*)”|「([^」]*)」|(\S+))/g
  const text = markDates(input.normalize('NFKC'))
  const typed = [...text.matchAll(pattern)].map(([, minus, ...alternatives]) => ({
    raw: alternatives.find((value) => value !== undefined) ?? '',
    minus: Boolean(minus),
    quoted: alternatives.at(-1) === undefined,
  }))
  for (const { raw, minus } of joinSpacedOut(typed)) {
    const word = normalizeText(raw)
    if (!word) continue
    ;(minus ? exclude : include).push(word)
    if (include.length + exclude.length >= MAX_WORDS) break
  }
  return { include, exclude }
}
