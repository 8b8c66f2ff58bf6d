import { layoutOf } from '../pdfLayout.ts'
import type { Piece } from './layout.ts'
import type { FoundBreak } from './print.ts'
import { pagesInReadingOrder } from './readBack.ts'
import { pageNumberOf } from './styles.ts'
import { pageCount, pdfText, run, squash } from './tools.ts'

/** Checks of each fixture PDF against the facts it is returned with: a fixture that misses one is not written. */

/** Where each heading starts: the first page whose text holds it. */
export function articlePages(file: string, columns: 1 | 2, pieces: Piece[]) {
  const texts = pagesInReadingOrder(file, columns)
  return pieces.flatMap((piece) => {
    if (!piece.heading) return []
    const page = texts.findIndex((text) => text.includes(squash(piece.heading!))) + 1
    if (!page) throw new Error(`${file}: the heading ${piece.heading} is on no page`)
    return [{ title: piece.heading, page }]
  })
}

/** Fails unless the PDF has the pages and phrases it is said to have, and every font is BIZ UD. */
export async function verify(file: string, columns: 1 | 2, pages: number, phrases: string[]): Promise<void> {
  const counted = await pageCount(file)
  if (counted !== pages) throw new Error(`${file} has ${counted} pages instead of ${pages}: adjust its text`)
  const fonts = (await run('pdffonts', [file])).split('\n').slice(2).filter(Boolean)
  const foreign = fonts.filter((font) => !/\+BIZUD/.test(font))
  if (foreign.length) throw new Error(`${file} uses fonts other than BIZ UD (a glyph fell back, or Type 3 margin boxes): ${foreign.join('; ')}`)
  const text = pagesInReadingOrder(file, columns).join('')
  for (const phrase of phrases) if (!text.includes(squash(phrase))) throw new Error(`${file} lacks the phrase ${phrase}`)
}

/** The break is where the browser saw it: the left column's last line ends with `before`, the right one's first starts with `after`. */
export function verifyColumnBreak(file: string, { columnBreak, columnsTop, columnsBottom }: FoundBreak, html: string): void {
  const { pages, lines } = layoutOf(file)
  const middle = pages[columnBreak.page - 1]!.width / 2
  // Only the columns' lines: not the masthead above them, nor the running header and page number in the margins.
  const onPage = lines.filter((line) => line.page === columnBreak.page && line.yMin >= columnsTop - 1 && line.yMax <= columnsBottom + 1)
  const left = onPage.filter((line) => line.xMax < middle)
  const right = onPage.filter((line) => line.xMin > middle)
  const lastLeft = left.reduce((low, line) => (line.yMax > low.yMax ? line : low), left[0]!)
  const firstRight = right.reduce((top, line) => (line.yMin < top.yMin ? line : top), right[0]!)
  if (!lastLeft?.text.endsWith(columnBreak.before) || !firstRight?.text.startsWith(columnBreak.after)) {
    throw new Error(`${file}: the column break on page ${columnBreak.page} is not at ${columnBreak.before}|${columnBreak.after}`)
  }
  const phrase = columnBreak.before + columnBreak.after
  if (squash(html.replace(/<[^>]+>/g, '')).split(phrase).length !== 2) throw new Error(`${file}: ${phrase} is not unique in the issue`)
}

/** Every page prints the running header and its own page number. */
export async function verifyRunningHeader(file: string, pages: number, header: string[]): Promise<void> {
  for (let page = 1; page <= pages; page++) {
    const text = squash(await pdfText(file, page, page))
    for (const printed of [...header, pageNumberOf(page)]) {
      if (!text.includes(squash(printed))) throw new Error(`${file}: page ${page} lacks ${printed}`)
    }
  }
}

/** The text layer keeps the damage as printed, spaces included (a line break may fall inside a spelling). */
export async function verifyDamage(file: string, spellings: string[]): Promise<void> {
  const layer = (await pdfText(file)).replace(/\n/g, '')
  for (const damaged of spellings) if (!layer.includes(damaged)) throw new Error(`${file}: the text layer lacks ${damaged} as printed`)
}
