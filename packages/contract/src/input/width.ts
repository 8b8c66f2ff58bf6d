/**
 * What people type, made plain before it is parsed: full-width digits, letters and colons
 * become half-width (NFKC), the many dashes and tildes of Japanese input become one each,
 * and white space is dropped. Only for parsing: stored text is never rewritten this way.
 */
const DASHES = /[‐‑‒–—―−ー－ｰ]/g
const TILDES = /[~～〜∼]/g

export function plainTyped(value: string): string {
  return value.normalize('NFKC').replace(DASHES, '-').replace(TILDES, '~').replace(/\s+/g, '')
}
