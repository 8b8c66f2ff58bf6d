import { execFileSync } from 'node:child_process'

/**
 * Reading a printed PDF's layout back from poppler (`pdftotext -bbox-layout`): every line with
 * its box, so tests can say where a heading landed and what sits below it.
 */
export interface PdfLine {
  page: number
  /** The line's text without spaces: columns and justification add spaces, never words. */
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

export interface PdfPage {
  width: number
  height: number
}

const squash = (text: string) => text.replace(/\s+/g, '')
const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** The page number printed in the bottom margin ("3 / 4"): not part of the content. */
export const isPageNumber = (line: PdfLine) => /^\d+\/\d+$/.test(line.text)

export function layoutOf(file: string): { pages: PdfPage[]; lines: PdfLine[] } {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })
  const pages: PdfPage[] = []
  const lines: PdfLine[] = []
  for (const page of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    pages.push({ width: Number(page[1]), height: Number(page[2]) })
    for (const line of (page[3] ?? '').matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...(line[5] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((word) => unescapeXml(word[1] ?? ''))
      lines.push({
        page: pages.length,
        text: squash(words.join('')),
        xMin: Number(line[1]),
        yMin: Number(line[2]),
        xMax: Number(line[3]),
        yMax: Number(line[4]),
      })
    }
  }
  return { pages, lines }
}

/**
 * The headings an edition's HTML prints: h1–h4 and the district labels above story titles,
 * as text without spaces, one entry per occurrence.
 */
export function headingsOf(html: string): string[] {
  const found = html.matchAll(/<(h[1-4])\b[^>]*>([\s\S]*?)<\/\1>|<p class="story__district">([\s\S]*?)<\/p>/g)
  return [...found].map((match) => squash(unescapeXml((match[2] ?? match[3] ?? '').replace(/<!--[\s\S]*?-->|<[^>]+>/g, ''))))
}

/** Whether two lines share some of their width, i.e. one could be under the other in one column. */
const sameColumn = (a: PdfLine, b: PdfLine) => Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > 4

/** The nearest line under `line` on its page, in its column (or a box spanning it); the page number does not count. */
export function lineBelow(line: PdfLine, lines: PdfLine[]): PdfLine | undefined {
  let best: PdfLine | undefined
  for (const other of lines) {
    if (other === line || other.page !== line.page || isPageNumber(other) || !sameColumn(line, other)) continue
    if (other.yMin < line.yMax - 1) continue
    if (!best || other.yMin < best.yMin) best = other
  }
  return best
}

const heightOf = (line: PdfLine) => line.yMax - line.yMin

export interface HeadingPlacement {
  heading: string
  lines: PdfLine[]
  /** What follows it in its column, if it comes directly after (within about a line). */
  next: PdfLine | undefined
}

/**
 * Each place `heading` is printed whole: a line starting it, then the lines right under it in
 * the same column until the text is complete. A heading cut across columns or pages is found
 * nowhere, because its next piece is not under the first.
 */
export function placementsOf(heading: string, lines: PdfLine[]): HeadingPlacement[] {
  const found: HeadingPlacement[] = []
  for (const first of lines) {
    if (!first.text || !heading.startsWith(first.text)) continue
    const pieces = [first]
    let text = first.text
    while (text !== heading) {
      const last = pieces[pieces.length - 1]!
      const below = lineBelow(last, lines)
      if (!below || below.yMin - last.yMax > heightOf(last) || !heading.startsWith(text + below.text)) break
      pieces.push(below)
      text += below.text
    }
    if (text !== heading) continue
    const last = pieces[pieces.length - 1]!
    const below = lineBelow(last, lines)
    // Content directly under a heading starts within about one of its own line heights.
    const next = below && below.yMin - last.yMax <= Math.max(heightOf(last) * 1.25, 12) ? below : undefined
    found.push({ heading, lines: pieces, next })
  }
  return found
}
