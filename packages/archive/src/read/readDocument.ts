import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { type Block, blockOf, bodySize, type Line } from '../layout/block.ts'
import { linesOf } from '../layout/lines.ts'
import { pageTextOf, withContinuationsJoined } from '../layout/pageText.ts'
import { withoutRunningHeads } from '../layout/runningHeads.ts'
import { xyCut } from '../layout/xyCut.ts'
import type { ImportLimits } from '../limits.ts'
import { pageThumbnails, renderPage, scanResolution } from '../ocr/render.ts'
import { recognise } from '../ocr/tesseract.ts'
import { requireTools } from '../ocr/tools.ts'
import { type PdfPage, readTextLayer } from '../pdf/document.ts'
import { ArchiveRefusal } from '../refusal.ts'
import type { PageReading } from '../result.ts'
import { isHeading } from '../split/headings.ts'

export interface ReadPage extends PageReading {
  blocks: Block[]
  /** Every line as read, running heads included: where the masthead's date and number are found. */
  rawText: string
  thumbnail?: Buffer
}

export interface ReadDocument {
  pages: ReadPage[]
  /** The size of the body text over all pages, for telling headings. */
  body: number
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is one of the unreadable marks this finds
const UNREADABLE = /[\u0000\ufffd\ue000-\uf8ff]/gu

/** A text layer worth using: enough characters, few of them unreadable (fonts without a Unicode map). */
function hasUsableText(page: PdfPage): boolean {
  const text = page.runs
    .map((run) => run.text)
    .join('')
    .replace(/\s+/gu, '')
  const unreadable = text.match(UNREADABLE)?.length ?? 0
  return text.length - unreadable >= 10 && unreadable / Math.max(text.length, 1) < 0.1
}

/** Runs tasks with at most `limit` at a time, keeping their order. */
async function inParallel<T>(items: number[], limit: number, task: (item: number) => Promise<T>): Promise<Map<number, T>> {
  const results = new Map<number, T>()
  let next = 0
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next++]!
      results.set(item, await task(item))
    }
  })
  await Promise.all(workers)
  return results
}

export interface ReadOptions {
  limits: ImportLimits
  thumbnails: boolean
  onPage?: (progress: { page: number; pages: number; ocr: boolean }) => void
}

/**
 * Reads every page of a PDF: the text layer in reading order where it is usable, OCR where it
 * is not; running heads and page numbers dropped; a thumbnail of each page when asked.
 */
export async function readDocument(bytes: Uint8Array, options: ReadOptions): Promise<ReadDocument> {
  const work = await mkdtemp(path.join(tmpdir(), 'oneheart-import-'))
  let thumbnails: Promise<Buffer[]> | null = null
  try {
    const pdfPath = path.join(work, 'source.pdf')
    await writeFile(pdfPath, bytes)
    if (options.thumbnails) {
      await requireTools()
      // Poppler draws the thumbnails on the other core while pdf.js reads the pages.
      thumbnails = pageThumbnails(pdfPath, work)
      // A file pdf.js refuses fails here too; the refusal, not this, is what the caller hears.
      thumbnails.catch(() => {})
    }
    const { pages } = await readTextLayer(bytes, options.limits.maxPages)
    const scanned = pages.filter((page) => !hasUsableText(page)).map((page) => page.number)
    if (scanned.length || options.thumbnails) await requireTools()

    const ocr = await inParallel(scanned, availableParallelism(), async (number) => {
      const dpi = await scanResolution(pdfPath, number)
      const image = await renderPage(pdfPath, number, { dpi, gray: true, outDir: work, name: `ocr-${number}` })
      const reading = await recognise(image)
      options.onPage?.({ page: number, pages: pages.length, ocr: true })
      return reading
    })
    for (const page of pages) if (!ocr.has(page.number)) options.onPage?.({ page: page.number, pages: pages.length, ocr: false })

    // Lines of every page, text layer and OCR alike, so running heads repeat across both kinds.
    const pageLines = pages.map((page) => {
      const reading = ocr.get(page.number)
      return reading ? { height: reading.height, lines: reading.paragraphs.flat() } : { height: page.height, lines: linesOf(page.runs) }
    })
    const kept = withoutRunningHeads(pageLines)
    const blocksByPage = pages.map((page, index) => {
      const keep = new Set<Line>(kept[index])
      const reading = ocr.get(page.number)
      if (reading) {
        return reading.paragraphs
          .map((lines) => lines.filter((line) => keep.has(line)))
          .filter((lines) => lines.length)
          .map((lines) => blockOf(page.number, lines))
      }
      return xyCut(kept[index]!).map((lines) => blockOf(page.number, lines))
    })
    const body = bodySize(blocksByPage.flat())
    const pictures = await thumbnails
    const read: ReadPage[] = []
    for (const page of pages) {
      const reading = ocr.get(page.number)
      const pageBody = reading ? bodySize(blocksByPage[page.number - 1]!) : body
      const blocks = withContinuationsJoined(blocksByPage[page.number - 1]!, pageBody, (block) => isHeading(block, pageBody))
      const confidence = reading ? reading.confidence : null
      read.push({
        number: page.number,
        text: pageTextOf(blocks),
        rawText: pageLines[page.number - 1]!.lines.map((line) => line.text).join('\n'),
        ocr: Boolean(reading),
        confidence,
        needsReview: confidence !== null && confidence < options.limits.reviewBelow,
        blocks,
        thumbnail: pictures?.[page.number - 1],
      })
    }
    if (read.every((page) => page.text.trim() === '')) {
      throw new ArchiveRefusal(422, 'このPDFからは文字を読み取れませんでした（文字も、読み取れる画像もありません）。紙面のPDFかどうか確かめてください。')
    }
    return { pages: read, body }
  } finally {
    await thumbnails?.catch(() => {})
    await rm(work, { recursive: true, force: true })
  }
}
