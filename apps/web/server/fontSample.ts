import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { WEB_FONT_LOADER_ID } from '../src/lib/webFont.ts'

/**
 * Which of the web font's files cover each character: code point → files, in the stylesheet's
 * order. A character may be in more than one (a digit is in the Latin file and in a CJK one),
 * and the browser loads every file whose range holds a character it is asked for.
 */
export type FontSubsets = Map<number, number[]>

/** The unicode-range of each @font-face rule of a stylesheet, the rules numbered in order. */
export function fontSubsetsOf(css: string): FontSubsets {
  const subsets: FontSubsets = new Map()
  let file = 0
  for (const [, list] of css.matchAll(/unicode-range:\s*([^;}]+)/g)) {
    for (const item of list!.split(',')) {
      const [first, last = first] = item.trim().replace(/^U\+/i, '').split('-')
      // A wildcard (U+4??) stands for a range: ? is 0 at the start and F at the end.
      const start = Number.parseInt(first!.replace(/\?/g, '0'), 16)
      const end = Number.parseInt(last!.replace(/\?/g, 'F'), 16)
      if (!Number.isFinite(start) || !Number.isFinite(end) || end - start > 0x10000) continue
      for (let codePoint = start; codePoint <= end; codePoint += 1) {
        const files = subsets.get(codePoint)
        if (!files) subsets.set(codePoint, [file])
        else if (!files.includes(file)) files.push(file)
      }
    }
    file += 1
  }
  return subsets
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** The text a reader sees in a page: its body's text outside scripts, styles and tags, and what its fields show. */
export function visibleText(html: string): string {
  const body = html.slice(Math.max(0, html.indexOf('<body')))
  const fields = Array.from(body.matchAll(/\s(?:placeholder|value)="([^"]*)"/g), (match) => match[1]).join(' ')
  const text = body.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ')
  return `${text} ${fields}`.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return Object.hasOwn(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()]! : entity
    const codePoint = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity
  })
}

/**
 * Characters of `text` that make the browser load every font file the text needs, and no other:
 * a character is taken when it needs a file none taken so far brings. In the order met.
 */
export function fontSampleOf(text: string, subsets: FontSubsets): string {
  const loaded = new Set<number>()
  const seen = new Set<number>()
  let sample = ''
  for (const character of text) {
    const codePoint = character.codePointAt(0)!
    if (seen.has(codePoint) || character.trim() === '') continue
    seen.add(codePoint)
    const files = subsets.get(codePoint)
    if (!files || files.every((file) => loaded.has(file))) continue
    for (const file of files) loaded.add(file)
    sample += character
  }
  return sample
}

/**
 * The stylesheet of the site's web font as the font's package ships it: the same rules, with the
 * same ranges, as the copy build-fonts.ts serves (only the files' addresses differ), and there
 * before any build.
 */
export const FONT_PACKAGE_STYLESHEET = createRequire(import.meta.url).resolve('@fontsource/biz-udpgothic/400.css')

let siteSubsets: FontSubsets | null | undefined

/** The site's web font's subsets, read once; null if its stylesheet cannot be read. */
function siteFontSubsets(): FontSubsets | null {
  if (siteSubsets === undefined) {
    try {
      siteSubsets = fontSubsetsOf(readFileSync(FONT_PACKAGE_STYLESHEET, 'utf8'))
    } catch {
      siteSubsets = null
    }
  }
  return siteSubsets
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Gives the page's font loader (components/WebFont.tsx) one character of each font file the
 * page's text needs, so the phone loads exactly those without reading its whole text (the
 * loader's task: 10.5–22.1 ms instead of 18.9–36.2 on this machine, before Lighthouse's 4×
 * slowdown). The attribute is outside the script's text: the
 * script's hash in the content policy does not change. Done once per page, before it is kept.
 */
export function withFontSample(html: string, subsets: FontSubsets | null = siteFontSubsets()): string {
  const opening = `<script id="${WEB_FONT_LOADER_ID}"`
  const at = html.indexOf(opening)
  if (at < 0 || !subsets) return html
  const sample = fontSampleOf(visibleText(html), subsets)
  return `${html.slice(0, at + opening.length)} data-font-sample="${escapeAttribute(sample)}"${html.slice(at + opening.length)}`
}
