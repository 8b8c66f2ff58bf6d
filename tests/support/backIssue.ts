import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

/**
 * The files and fields of a back issue as the importer leaves them, made with real tools: page
 * images by sharp, the original PDF from them by img2pdf. Tests of the site's side build a back
 * issue with these without running the importer.
 */

export const PAGE_WIDTH = 124
export const PAGE_HEIGHT = 175

/** A small page picture, a different shade per page so no two uploads are the same file. */
export function pageImage(page: number): Promise<Buffer> {
  const shade = 200 + ((page * 17) % 50)
  return sharp({ create: { width: PAGE_WIDTH, height: PAGE_HEIGHT, channels: 3, background: { r: shade, g: shade, b: 255 } } })
    .png()
    .toBuffer()
}

/** A real PDF with one page per image, as a scanned back issue is. */
export function pdfOfImages(images: Buffer[]): Buffer {
  const folder = mkdtempSync(path.join(tmpdir(), 'oneheart-back-issue-'))
  try {
    const files = images.map((image, index) => {
      const file = path.join(folder, `page-${index + 1}.png`)
      writeFileSync(file, image)
      return file
    })
    const output = path.join(folder, 'original.pdf')
    execFileSync('img2pdf', [...files, '-o', output])
    return readFileSync(output)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

export interface BackIssuePage {
  number: number
  text: string
  ocr: boolean
  confidence: number | null
  needsReview: boolean
  thumbnail: number | null
}

/** An issue's fields as the importer writes them: the stamp, the source and each page as read. */
export function backIssueData(options: { number: number; title: string; issuedOn: string; pdf: number; pages: BackIssuePage[] }) {
  return {
    number: options.number,
    title: options.title,
    issuedOn: options.issuedOn,
    pdf: options.pdf,
    archive: {
      importedAt: new Date().toISOString(),
      sourceName: `sc-tsushin-${options.number}.pdf`,
      sourceHash: randomBytes(32).toString('hex'),
      pages: options.pages,
    },
  }
}
