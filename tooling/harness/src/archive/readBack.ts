import { layoutOf, type PdfLine } from '../pdfLayout.ts'
import { TWO_COLUMN_MARGIN_MM } from './styles.ts'

const PT_PER_MM = 72 / 25.4

/**
 * A fixture's text read back in its reading order, for checking the facts it is returned with.
 * poppler's own order interleaves a two-column page where a box sits beside text, so the order
 * is rebuilt from the lines' positions, knowing the layout. On a two-column page the margins
 * (running header, page number) are left out; what lies above the right column's first line
 * (the masthead) comes first, then the left column, then the right, then anything spanning
 * both below. A one-column page is read top to bottom. Whitespace is left out (see pdfLayout.ts).
 */
export function pagesInReadingOrder(file: string, columns: 1 | 2): string[] {
  const { pages, lines } = layoutOf(file)
  return pages.map((page, index) => {
    const own = lines.filter((line) => line.page === index + 1)
    if (columns === 1)
      return own
        .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)
        .map((line) => line.text)
        .join('')
    const top = TWO_COLUMN_MARGIN_MM.top * PT_PER_MM
    const bottom = page.height - TWO_COLUMN_MARGIN_MM.bottom * PT_PER_MM
    const body = own.filter((line) => line.yMin >= top && line.yMax <= bottom)
    const middle = page.width / 2
    const side = (line: PdfLine) => (line.xMax <= middle ? 0 : line.xMin >= middle ? 1 : null)
    const columnsTop = Math.min(...body.filter((line) => side(line) === 1).map((line) => line.yMin))
    const rank = (line: PdfLine) => (line.yMin < columnsTop - 1 ? -1 : (side(line) ?? 2))
    return body
      .sort((a, b) => rank(a) - rank(b) || a.yMin - b.yMin || a.xMin - b.xMin)
      .map((line) => line.text)
      .join('')
  })
}
