import { fontFaces, singleColumnCss, twoColumnCss } from './styles.ts'

/** One piece of an issue: an article (its heading is what an importer should find) or the footer. */
export interface Piece {
  heading?: string
  html: string
}

/** An issue laid out page by page, as a designer places stories: each page's pieces fill its two columns. */
export interface LaidOutIssue {
  name: string
  runningHeader: [string, string]
  masthead: string
  pages: Piece[][]
}

/** An issue whose text flows from page to page, as a word processor prints it. */
export interface FlowingIssue {
  name: string
  masthead: string
  pieces: Piece[]
}

const documentOf = (css: string, body: string) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>${fontFaces()}\n${css}</style></head><body>${body}</body></html>`

export function twoColumnHtml(issue: LaidOutIssue): string {
  const sheets = issue.pages.map((pieces, index) => {
    const top = index === 0 ? issue.masthead : ''
    return `<section class="sheet">${top}<div class="columns">${pieces.map((piece) => piece.html).join('')}</div></section>`
  })
  return documentOf(twoColumnCss(issue.runningHeader), sheets.join(''))
}

export function singleColumnHtml(issue: FlowingIssue): string {
  return documentOf(singleColumnCss(), issue.masthead + issue.pieces.map((piece) => piece.html).join(''))
}

/** Pages of tiny text, one line each: a file over the importer's page limit. */
export function manyPagesHtml(pages: number): string {
  const css = `@page { size: A4; margin: 20mm; } body { margin: 0; font: 9pt 'BIZ UDPGothic'; } p { break-after: page; margin: 0; }`
  const body = Array.from({ length: pages }, (_, index) => `<p>資料 ${index + 1} ページ目</p>`).join('')
  return documentOf(css, body)
}
