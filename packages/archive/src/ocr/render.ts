import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { run } from './tools.ts'

/** Renders one page of a PDF on disk to a PNG with poppler, returning its path. */
export async function renderPage(pdfPath: string, page: number, options: { dpi: number; gray?: boolean; outDir: string; name: string }): Promise<string> {
  const root = path.join(options.outDir, options.name)
  const args = ['-r', String(options.dpi), '-png', '-singlefile', '-f', String(page), '-l', String(page)]
  if (options.gray) args.push('-gray')
  await run('pdftoppm', [...args, pdfPath, root], { timeout: 60_000 })
  return `${root}.png`
}

/** A small picture of a page for the site's page list. */
export async function pageThumbnail(pdfPath: string, page: number, outDir: string): Promise<Buffer> {
  const file = await renderPage(pdfPath, page, { dpi: 48, outDir, name: `thumb-${page}` })
  return readFile(file)
}

/**
 * The resolution to read a scanned page at: its images' own (a 200 dpi scan gains nothing from
 * being drawn at 300), kept between 200 and 300 dpi; 300 where the page has no image to go by.
 */
export async function scanResolution(pdfPath: string, page: number): Promise<number> {
  const { stdout } = await run('pdfimages', ['-list', '-f', String(page), '-l', String(page), pdfPath], { timeout: 30_000 })
  const ppi = stdout
    .split('\n')
    .slice(2)
    .map((row) => Number(row.trim().split(/\s+/)[12]))
    .filter((value) => Number.isFinite(value) && value > 0)
  return ppi.length ? Math.min(300, Math.max(200, Math.max(...ppi))) : 300
}
