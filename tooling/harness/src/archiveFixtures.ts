import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { launchChromium } from '@oneheart/chromium'
import { articlePages, verify, verifyColumnBreak, verifyDamage, verifyRunningHeader } from './archive/checks.ts'
import { issue23, issue23Phrases } from './archive/issue23.ts'
import { manyPagesHtml, singleColumnHtml, twoColumnHtml } from './archive/layout.ts'
import { type ColumnBreak, type FoundBreak, printToPdf } from './archive/print.ts'
import { pageNumberOf } from './archive/styles.ts'
import { FIXTURE_TOOLS, pdfText, run, squash } from './archive/tools.ts'
import { damage, december2019, spring2024, spring2024Phrases } from './archive/wordExport.ts'

export type { ColumnBreak } from './archive/print.ts'
export { FIXTURE_TOOLS } from './archive/tools.ts'

/**
 * PDFs of back issues made here with real tools (Chromium, poppler, img2pdf, qpdf), for the
 * importer's tests: the shapes the archive holds (a designer's two columns, a word processor's
 * export, a scan, damaged text) and the files it must refuse. Each comes with the facts a test
 * checks, and every fact is verified against the PDF made before it is returned.
 */

export interface FixturePdf {
  path: string
  /** Pages of the document (for a broken or encrypted file, of the document it was made from). */
  pages: number
  /** As the issue prints it: a month (YYYY-MM) or a day. */
  issuedOn?: string
  number?: number
  /** Text a reader of the file must find whole (whitespace aside). */
  phrases: string[]
}

export interface IssueFixture extends FixturePdf {
  /** The headings of its articles in order, with the page each starts on. */
  articles: Array<{ title: string; page: number }>
}

export interface ArchiveFixtures {
  twoColumn: IssueFixture & {
    /** A phrase the layout splits between the foot of the left column and the top of the right. */
    columnBreakPhrase: string
    columnBreak: ColumnBreak
    /** Printed at the top of every page. */
    runningHeader: string[]
    /** Printed at the foot of each page, in order. */
    pageNumbers: string[]
  }
  singleColumn: IssueFixture
  /** Pages 1–2 of twoColumn as 200 dpi grey images, no text layer; phrases are words OCR finds. */
  scanned: FixturePdf
  damaged: IssueFixture & { damage: Array<{ damaged: string; clean: string }> }
  /** twoColumn cut off halfway. */
  broken: FixturePdf
  /** singleColumn encrypted with a user password (AES-256). */
  encrypted: FixturePdf & { password: string }
  /** A PNG named .pdf. */
  notPdf: FixturePdf
  /** 41 pages of one line each. */
  tooManyPages: FixturePdf
  /** A byte copy of twoColumn under another name. */
  duplicate: IssueFixture & { of: string }
}

const PASSWORD = 'kakomon-2025'
/** Words on pages 1–2 of 第23号 that Tesseract's Japanese model reads back from the 200 dpi scan. */
const SCANNED_WORDS = ['ひだまり畑の会', '畑のまん中にベンチを置いたら', '休耕地', 'サポーター養成講座', '薬剤師']

const MANIFEST = 'fixtures.json'

/** What the generator is made of: a change to any of it makes new files. */
async function generatorInputs(documents: Record<string, string>): Promise<string> {
  const here = import.meta.dirname
  const sources = [path.join(here, 'archiveFixtures.ts'), ...(await readdir(path.join(here, 'archive'))).map((file) => path.join(here, 'archive', file))]
  const hash = createHash('sha256')
  for (const file of sources.sort()) hash.update(file).update(await readFile(file))
  hash.update(JSON.stringify(documents))
  return hash.digest('hex').slice(0, 16)
}

async function build(dir: string, documents: { twoColumn: string; singleColumn: string; damaged: string; manyPages: string }) {
  await mkdir(path.join(dir, 'html'), { recursive: true })
  const at = (name: string) => path.join(dir, name)
  const browser = await launchChromium()
  let found: FoundBreak | null
  try {
    const print = (html: string, name: string, families: string[]) =>
      printToPdf(browser, html, { html: at(`html/${name}.html`), pdf: at(`${name}.pdf`) }, families)
    ;({ found } = await print(documents.twoColumn, 'two-column', ['BIZ UDPGothic']))
    await print(documents.singleColumn, 'single-column', ['BIZ UDPGothic', 'BIZ UDMincho'])
    await print(documents.damaged, 'damaged', ['BIZ UDPGothic', 'BIZ UDMincho'])
    await print(documents.manyPages, 'too-many-pages', ['BIZ UDPGothic'])
  } finally {
    await browser.close()
  }
  if (!found) throw new Error('two-column: no sentence runs across a column break; lengthen a page’s text')
  const { columnBreak } = found
  const twoColumnPath = at('two-column.pdf')
  await verify(twoColumnPath, 2, issue23.pages.length, issue23Phrases)
  verifyColumnBreak(twoColumnPath, found, documents.twoColumn)
  await verifyRunningHeader(twoColumnPath, issue23.pages.length, issue23.runningHeader)
  await verify(at('single-column.pdf'), 1, 2, spring2024Phrases)
  await verify(
    at('damaged.pdf'),
    1,
    1,
    damage.map((spelling) => spelling.damaged),
  )
  await verifyDamage(
    at('damaged.pdf'),
    damage.map((spelling) => spelling.damaged),
  )
  await verify(at('too-many-pages.pdf'), 1, 41, [])

  // A scan: pages 1–2 as grey images at 200 dpi (PGM), wrapped one image per A4 page.
  await run('pdftoppm', ['-r', '200', '-gray', '-f', '1', '-l', '2', twoColumnPath, at('scan')])
  const images = (await readdir(dir))
    .filter((file) => /^scan-\d+\.pgm$/.test(file))
    .sort()
    .map(at)
  await run('img2pdf', ['--pagesize', 'A4', '-o', at('scanned.pdf'), ...images])
  await Promise.all(images.map((image) => rm(image)))
  if (squash(await pdfText(at('scanned.pdf')))) throw new Error('scanned.pdf has a text layer')

  const whole = await readFile(twoColumnPath)
  await writeFile(at('broken.pdf'), whole.subarray(0, Math.floor(whole.length / 2)))
  await run('qpdf', ['--encrypt', PASSWORD, `${PASSWORD}-owner`, '256', '--', at('single-column.pdf'), at('encrypted.pdf')])
  // A small picture of page 1, saved under a PDF's name.
  await run('pdftoppm', ['-r', '40', '-png', '-singlefile', '-f', '1', '-l', '1', twoColumnPath, at('not-a-pdf')])
  await rename(at('not-a-pdf.png'), at('not-a-pdf.pdf'))
  await copyFile(twoColumnPath, at('two-column-copy.pdf'))

  const twoColumnArticles = articlePages(twoColumnPath, 2, issue23.pages.flat())
  const twoColumn = {
    path: 'two-column.pdf',
    pages: 4,
    issuedOn: '2025-08',
    number: 23,
    phrases: issue23Phrases,
    articles: twoColumnArticles,
    columnBreakPhrase: columnBreak.before + columnBreak.after,
    columnBreak,
    runningHeader: issue23.runningHeader,
    pageNumbers: [1, 2, 3, 4].map(pageNumberOf),
  }
  const fixtures: ArchiveFixtures = {
    twoColumn,
    singleColumn: {
      path: 'single-column.pdf',
      pages: 2,
      issuedOn: '2024-03',
      phrases: spring2024Phrases,
      articles: articlePages(at('single-column.pdf'), 1, spring2024.pieces),
    },
    scanned: { path: 'scanned.pdf', pages: 2, issuedOn: '2025-08', number: 23, phrases: SCANNED_WORDS },
    damaged: {
      path: 'damaged.pdf',
      pages: 1,
      issuedOn: '2019-12',
      number: 5,
      phrases: damage.map((spelling) => spelling.damaged),
      articles: articlePages(at('damaged.pdf'), 1, december2019.pieces),
      damage,
    },
    broken: { path: 'broken.pdf', pages: 4, phrases: [] },
    encrypted: { path: 'encrypted.pdf', pages: 2, issuedOn: '2024-03', phrases: spring2024Phrases, password: PASSWORD },
    notPdf: { path: 'not-a-pdf.pdf', pages: 0, phrases: [] },
    tooManyPages: { path: 'too-many-pages.pdf', pages: 41, phrases: [] },
    duplicate: { ...twoColumn, path: 'two-column-copy.pdf', of: 'two-column.pdf' },
  }
  await writeFile(at(MANIFEST), JSON.stringify(fixtures, null, 2))
}

/** The manifest's paths, relative to its folder, made absolute. */
function resolved(dir: string, fixtures: ArchiveFixtures): ArchiveFixtures {
  const entries = Object.entries(fixtures).map(([name, fixture]) => {
    const absolute = { ...fixture, path: path.join(dir, fixture.path) }
    if ('of' in absolute) absolute.of = path.join(dir, absolute.of as string)
    return [name, absolute]
  })
  return Object.fromEntries(entries) as ArchiveFixtures
}

/**
 * Writes the fixture PDFs into `dir` (in a folder named by the hash of everything they are
 * made from, so a second call finds them at once) and returns their paths and facts.
 */
export async function makeArchiveFixtures(dir: string): Promise<ArchiveFixtures> {
  FIXTURE_TOOLS.check()
  const documents = {
    twoColumn: twoColumnHtml(issue23),
    singleColumn: singleColumnHtml(spring2024),
    damaged: singleColumnHtml(december2019),
    manyPages: manyPagesHtml(41),
  }
  const target = path.join(dir, `archive-${await generatorInputs(documents)}`)
  const manifest = path.join(target, MANIFEST)
  if (!existsSync(manifest)) {
    // Built aside and renamed into place, so a reader never sees half the files.
    const building = `${target}.building-${process.pid}-${Date.now()}`
    try {
      await build(building, documents)
      await rename(building, target).catch((error: NodeJS.ErrnoException) => {
        if (!existsSync(manifest)) throw error // Another process that finished first is just as good.
      })
    } finally {
      await rm(building, { recursive: true, force: true })
    }
  }
  return resolved(target, JSON.parse(await readFile(manifest, 'utf8')) as ArchiveFixtures)
}
