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
