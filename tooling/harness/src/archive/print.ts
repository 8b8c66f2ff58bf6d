import { writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { TWO_COLUMN_MARGIN_MM } from './styles.ts'

/** Where a sentence runs from the foot of the left column to the top of the right one. */
export interface ColumnBreak {
  page: number
  /** The end of the left column's last line… */
  before: string
  /** …and the start of the right column's first line: together, one phrase. */
  after: string
}

/** A column break, and where the sheet's columns lie on the page (points from its top edge). */
export interface FoundBreak {
  columnBreak: ColumnBreak
  columnsTop: number
  columnsBottom: number
}

/** Characters taken on each side of a column break for the phrase that spans it. */
const SIDE = 8

/** Fails when the fonts did not load (the PDF would hold fallback fonts) or a sheet's columns overflow. */
async function checkLayout(page: Page, name: string, families: string[]): Promise<void> {
  const problems = await page.evaluate(async (wanted) => {
    await document.fonts.ready
    const loaded = new Set([...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/['"]/g, '')))
    const found = wanted.filter((family) => !loaded.has(family)).map((family) => `font ${family} did not load`)
    document.querySelectorAll<HTMLElement>('.columns').forEach((columns, index) => {
      if (columns.scrollWidth > columns.clientWidth + 1) found.push(`page ${index + 1} holds more than its two columns: shorten its text`)
    })
    return found
  }, families)
  if (problems.length) throw new Error(`${name}: ${problems.join('; ')}`)
}

/**
 * The first sentence the layout splits across the column break of a sheet: walks each
 * paragraph's characters (Range.getClientRects) until one sits in the right column right after
 * one in the left. Only a break with SIDE characters of the same text on both sides counts.
 */
async function findColumnBreak(page: Page): Promise<FoundBreak | null> {
  return page.evaluate(
    ({ side, topMarginPt }) => {
      const sheets = [...document.querySelectorAll<HTMLElement>('.columns')]
      for (const [index, columns] of sheets.entries()) {
        const box = columns.getBoundingClientRect()
        const middle = box.left + box.width / 2
        const walker = document.createTreeWalker(columns, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (!node.parentElement?.closest('p') || node.parentElement.closest('.box, .flow, table')) continue
          const text = node.data
          const range = document.createRange()
          let previous: number | null = null
          for (let at = 0; at < text.length; at++) {
            range.setStart(node, at)
            range.setEnd(node, at + 1)
            const rect = range.getClientRects()[0]
            if (!rect || /\s/.test(text[at]!)) continue
            const right = rect.left >= middle
            if (right && previous !== null && at >= side && text.length - at >= side) {
              // CSS pixels are 0.75 pt; the sheet starts below the page's top margin.
              const sheet = columns.closest('.sheet')!.getBoundingClientRect()
              return {
                columnBreak: { page: index + 1, before: text.slice(at - side, at), after: text.slice(at, at + side) },
                columnsTop: topMarginPt + (box.top - sheet.top) * 0.75,
                columnsBottom: topMarginPt + (box.bottom - sheet.top) * 0.75,
              }
            }
            previous = right ? null : at
          }
        }
      }
      return null
    },
    { side: SIDE, topMarginPt: (TWO_COLUMN_MARGIN_MM.top * 72) / 25.4 },
  )
}

export interface Printed {
  /** The first sentence split across columns, in a document laid out in sheets of two columns. */
  found: FoundBreak | null
}

/**
 * Prints an HTML document to PDF with Chromium. The page is opened from a file:// URL so the
 * @font-face files load and are embedded; the layout is checked in print media first.
 */
export async function printToPdf(browser: Browser, html: string, files: { html: string; pdf: string }, families: string[]): Promise<Printed> {
  await writeFile(files.html, html)
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.emulateMedia({ media: 'print' })
    await page.goto(pathToFileURL(files.html).href, { waitUntil: 'load' })
    await checkLayout(page, files.html, families)
    const found = await findColumnBreak(page)
    await page.pdf({ path: files.pdf, format: 'A4', preferCSSPageSize: true, printBackground: true })
    return { found }
  } finally {
    await context.close()
  }
}
