import type { Line } from './block.ts'

/** A line that is only a page number: 3, - 3 -, 3/4, 3 / 4, P.3, 3ページ. */
const PAGE_NUMBER =
  /^(?:[-–—ー－‐\s]*[0-9０-９]{1,3}[-–—ー－‐\s]*|[0-9０-９]{1,3}\s*[/／]\s*[0-9０-９]{1,3}|[PpＰｐ]\.?\s*[0-9０-９]{1,3}|[0-9０-９]{1,3}\s*ページ)$/u

/** The band at the top and bottom of a page where running heads and folios sit. */
const MARGIN_SHARE = 0.1

export interface PageLines {
  height: number
  lines: Line[]
}

/** A line's text with its numbers blanked, so 「第23号 2」 and 「第23号 3」 count as the same head. */
const shapeOf = (text: string) => text.replace(/[0-9０-９]+/gu, '#').replace(/\s+/gu, '')

const inMargin = (line: Line, height: number) => line.y > height * (1 - MARGIN_SHARE) || line.y < height * MARGIN_SHARE

/**
 * Drops running headers, footers and page numbers: lines in the top or bottom band that are a
 * page number, or whose shape repeats in that band on at least half of the pages (two at least).
 */
export function withoutRunningHeads(pages: PageLines[]): Line[][] {
  const seenOn = new Map<string, number>()
  for (const page of pages) {
    const shapes = new Set(page.lines.filter((line) => inMargin(line, page.height)).map((line) => shapeOf(line.text)))
    for (const shape of shapes) seenOn.set(shape, (seenOn.get(shape) ?? 0) + 1)
  }
  const repeatsFrom = Math.max(2, Math.ceil(pages.length / 2))
  return pages.map((page) =>
    page.lines.filter((line) => {
      if (!inMargin(line, page.height)) return true
      if (PAGE_NUMBER.test(line.text.trim())) return false
      return (seenOn.get(shapeOf(line.text)) ?? 0) < repeatsFrom
    }),
  )
}
