import { plainTyped } from './width.ts'

/**
 * A number of people as typed: 13, １３, 13名, 13人, 約13名. Returns the integer, or null for
 * anything else (「11名＋職員2名」 has two numbers: the form has a box for each).
 */
export function parseHeadcount(input: unknown): number | null {
  if (typeof input === 'number') return Number.isInteger(input) ? input : null
  if (typeof input !== 'string') return null
  const match = /^(?:約)?(\d{1,5})(?:名|人)?(?:程度|ほど)?$/.exec(plainTyped(input).replace(/,/g, ''))
  return match ? Number(match[1]) : null
}

/** A whole number typed with full-width digits or a counter such as 号 or 回: ７, 12号, 第3回. */
export function parseWholeNumber(input: unknown): number | null {
  if (typeof input === 'number') return Number.isInteger(input) ? input : null
  if (typeof input !== 'string') return null
  const match = /^第?(\d{1,9})(?:号|回|ページ)?$/.exec(plainTyped(input).replace(/,/g, ''))
  return match ? Number(match[1]) : null
}
