/**
 * Dates as people type them (令和8年2月16日(月), R8.2.16, 2026/2/16, 2月16日, 2/16, 8月) and
 * the index terms that stand for them. A record's dates are indexed as one term per day,
 * month, month-day and month of the year; a date typed in a query becomes the one term at its
 * own precision, so 2月16日 finds every record of any 16 February and 令和7年8月 every record
 * of August 2025. The terms are plain letters and digits, so they survive normalisation as
 * one word each and cannot be confused with the one- and two-character terms of text.
 */

/** A date at the precision it was written: a year may be missing, and so may a day. */
export interface DateExpression {
  year: number | null
  month: number
  day: number | null
}

/** Where a date was found in a text: [start, end) in UTF-16 units of that text. */
export interface DateMention extends DateExpression {
  start: number
  end: number
}

const DIGIT = '[0-9０-９]'
/** Spaces inside a date (令和 8年 2月 16日), but never a line break. */
const GAP = '[^\\S\\n]*'
/** (月), （月・祝）, (月曜日), or 月曜日 without brackets: read past, never checked. */
const WEEKDAY = `(?:${GAP}[(（]${GAP}[月火水木金土日](?:曜日?)?(?:${GAP}[・･,、]${GAP}[祝休]日?)?${GAP}[)）]|${GAP}[月火水木金土日]曜日?)?`
const ERA_NAME = '令和|平成|昭和'
const ERA_LETTER = '[RHrhＲＨｒｈ]'
const ERA_YEAR = `(?<eraYear>元|${DIGIT}{1,2})`

/** 2026年2月16日, 令和8年2月16日(月), 2月16日, 令和7年8月, 令和7年8月号, 8月 (not 第2月曜日, not 12か月). */
const WRITTEN = new RegExp(
  `(?<![0-9０-９第])(?:(?:(?<era>${ERA_NAME})${GAP}${ERA_YEAR}|(?<year>${DIGIT}{4}))${GAP}年${GAP})?` +
    `(?<month>${DIGIT}{1,2})${GAP}月(?!${GAP}曜)(?:${GAP}(?<day>${DIGIT}{1,2})${GAP}日|${GAP}号)?${WEEKDAY}`,
  'gu',
)

/** 2026/2/16, 2026-02-16, R8.2.16, 令和8.2.16, 2026/2 (a year is required). */
const NUMERIC = new RegExp(
  `(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ])(?:(?<era>${ERA_NAME}|${ERA_LETTER})${GAP}${ERA_YEAR}|(?<year>${DIGIT}{4}))` +
    `(?<sep>[/／.．\\-－])(?<month>${DIGIT}{1,2})(?:\\k<sep>(?<day>${DIGIT}{1,2}))?(?![0-9０-９]|[/／.．\\-－][0-9０-９])${WEEKDAY}`,
  'gu',
)

/** 2/16 without a year: only in what a reader types, since in a text it may be a fraction. */
const MONTH_DAY = new RegExp(`(?<![0-9０-９/／.．])(?<month>${DIGIT}{1,2})[/／](?<day>${DIGIT}{1,2})(?![0-9０-９]|[/／.．][0-9０-９])${WEEKDAY}`, 'gu')

/** The first year of each era, minus one: 令和1年 is 2019. */
const ERA_BASE: Record<string, number> = { 令和: 2018, r: 2018, 平成: 1988, h: 1988, 昭和: 1925 }

const toNumber = (digits: string) => Number(digits.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10)))

function yearOf(groups: Record<string, string | undefined>): number | null | undefined {
  if (groups.year) return toNumber(groups.year)
  if (!groups.era) return null
  const base = ERA_BASE[groups.era.normalize('NFKC').toLowerCase()]
  if (base === undefined || !groups.eraYear) return undefined
  return base + (groups.eraYear === '元' ? 1 : toNumber(groups.eraYear))
}

function daysIn(year: number | null, month: number): number {
  // Without a year, 29 February may be meant.
  return new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate()
}

/** The date the groups describe, or null when no such day exists (2月30日, 13月). */
function toExpression(groups: Record<string, string | undefined>): DateExpression | null {
  const year = yearOf(groups)
  if (year === undefined || (year !== null && (year < 1900 || year > 2200))) return null
  const month = toNumber(groups.month ?? '')
  if (!(month >= 1 && month <= 12)) return null
  const day = groups.day === undefined ? null : toNumber(groups.day)
  if (day !== null && !(day >= 1 && day <= daysIn(year, month))) return null
  return { year, month, day }
}

/**
 * Every date written in the text, left to right. With `loose`, a bare 2/16 counts too
 * (a query); a document's text needs 月 or a year for a date to count.
 */
export function findDates(text: string, { loose = false }: { loose?: boolean } = {}): DateMention[] {
  const patterns = loose ? [WRITTEN, NUMERIC, MONTH_DAY] : [WRITTEN, NUMERIC]
  const found: DateMention[] = []
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const date = toExpression(match.groups ?? {})
      if (date) found.push({ ...date, start: match.index, end: match.index + match[0].length })
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: DateMention[] = []
  for (const mention of found) {
    const last = kept.at(-1)
    if (!last || mention.start >= last.end) kept.push(mention)
  }
  return kept
}

/** The date a whole query word stands for, when it is nothing but a date. */
export function parseDate(word: string): DateExpression | null {
  const trimmed = word.trim()
  const [only, ...more] = findDates(trimmed, { loose: true })
  if (!only || more.length || only.start !== 0 || only.end !== trimmed.length) return null
  return { year: only.year, month: only.month, day: only.day }
}

const two = (n: number) => String(n).padStart(2, '0')

/** The one term a date typed at this precision needs: d20260216, m202602, md0216 or mm02. */
export function dateToken(date: DateExpression): string {
  if (date.year !== null && date.day !== null) return `d${date.year}${two(date.month)}${two(date.day)}`
  if (date.year !== null) return `m${date.year}${two(date.month)}`
  if (date.day !== null) return `md${two(date.month)}${two(date.day)}`
  return `mm${two(date.month)}`
}

/** Every term a dated record carries: its own and every coarser one, so any precision typed finds it. */
export function dateTermsOf(date: DateExpression): string[] {
  const terms = [dateToken(date)]
  if (date.year !== null && date.day !== null) terms.push(dateToken({ ...date, day: null }), dateToken({ ...date, year: null }))
  if (date.year !== null || date.day !== null) terms.push(dateToken({ month: date.month, year: null, day: null }))
  return terms
}

const STORED = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/

/** A stored day (YYYY-MM-DD) or month (YYYY-MM) as an expression; anything else is null. */
export function storedDate(value: string): DateExpression | null {
  const match = STORED.exec(value)
  if (!match) return null
  return toExpression({ year: match[1], month: match[2], day: match[3] })
}

const TOKEN = /^(?:d\d{8}|m\d{6}|md\d{4}|mm\d{2})$/

/** Whether a normalised query word is a date term rather than text. */
export function isDateToken(word: string): boolean {
  return TOKEN.test(word)
}
