import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pagesInReadingOrder } from '@oneheart/harness/archive/readBack'
import { pageCount, pdfText, run, squash } from '@oneheart/harness/archive/tools'
import { type ArchiveFixtures, FIXTURE_TOOLS, makeArchiveFixtures } from '@oneheart/harness/archiveFixtures'
import { layoutOf } from '@oneheart/harness/pdfLayout'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The archive fixtures are what they say: checked with poppler, qpdf and Tesseract, not with the
 * code that made them. (An integration test only because it needs Chromium and the Debian tools.)
 */
describe('archive fixtures', () => {
  let dir: string
  let fixtures: ArchiveFixtures
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'oneheart-archive-fixtures-'))
    fixtures = await makeArchiveFixtures(dir)
  }, 180_000)
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const failure = (command: string, args: string[]) =>
    run(command, args).then(
      () => 'ran',
      (error: Error) => error.message,
    )

  it('names each missing tool with its Debian package', () => {
    expect(FIXTURE_TOOLS.missing()).toEqual([])
    const saved = process.env.PATH
    process.env.PATH = ''
    try {
      expect(FIXTURE_TOOLS.missing()).toEqual(
        expect.arrayContaining(['img2pdf (apt-get install img2pdf)', 'qpdf (apt-get install qpdf)', 'pdftoppm (apt-get install poppler-utils)']),
      )
      expect(() => FIXTURE_TOOLS.check()).toThrow(/img2pdf \(apt-get install img2pdf\)/)
    } finally {
      process.env.PATH = saved
    }
  })

  it('twoColumn: four A4 pages, each with the running header and its page number, the phrases in its text', async () => {
    const { twoColumn } = fixtures
    expect(await pageCount(twoColumn.path)).toBe(4)
    const info = await run('pdfinfo', [twoColumn.path])
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/)
    for (let page = 1; page <= 4; page++) {
      const text = squash(await pdfText(twoColumn.path, page, page))
      for (const printed of [...twoColumn.runningHeader, twoColumn.pageNumbers[page - 1]!]) expect(text, `page ${page}`).toContain(squash(printed))
    }
    const firstPage = squash(await pdfText(twoColumn.path, 1, 1))
    expect(firstPage).toContain(`第${twoColumn.number}号`)
    expect(firstPage).toContain('令和7年8月発行')
    expect(twoColumn.issuedOn).toBe('2025-08')
    const text = pagesInReadingOrder(twoColumn.path, 2).join('')
    for (const phrase of twoColumn.phrases) expect(text).toContain(squash(phrase))
  })

  it('twoColumn: the column-break phrase runs from the foot of the left column to the top of the right', () => {
    const { columnBreakPhrase, columnBreak, path: file } = fixtures.twoColumn
    expect([...columnBreakPhrase].length).toBeGreaterThanOrEqual(12)
    expect(columnBreakPhrase).toBe(columnBreak.before + columnBreak.after)
    const { pages, lines } = layoutOf(file)
    const middle = pages[columnBreak.page - 1]!.width / 2
    const onPage = lines.filter((line) => line.page === columnBreak.page)
    const ending = onPage.filter((line) => line.text.endsWith(columnBreak.before))
    const starting = onPage.filter((line) => line.text.startsWith(columnBreak.after))
    expect(ending.some((line) => line.xMax < middle)).toBe(true)
    expect(starting.some((line) => line.xMin > middle)).toBe(true)
    // Nowhere on the page is the phrase printed on one line.
    expect(onPage.some((line) => line.text.includes(columnBreakPhrase))).toBe(false)
    expect(pagesInReadingOrder(file, 2)[columnBreak.page - 1]).toContain(columnBreakPhrase)
  })

  it('twoColumn and singleColumn: every article starts on the page given', () => {
    for (const issue of [fixtures.twoColumn, fixtures.singleColumn]) {
      const columns = issue === fixtures.twoColumn ? 2 : 1
      const pages = pagesInReadingOrder(issue.path, columns)
      expect(issue.articles.length).toBeGreaterThan(2)
      for (const article of issue.articles) expect(pages[article.page - 1], article.title).toContain(squash(article.title))
    }
  })

  it('singleColumn: two pages in one column, a Western month and no number', async () => {
    const { singleColumn } = fixtures
    expect(await pageCount(singleColumn.path)).toBe(2)
    const text = await pdfText(singleColumn.path)
    expect(text).toContain('2024年3月')
    expect(text).not.toMatch(/第\s*[0-9０-９]+\s*号/)
    expect(singleColumn.number).toBeUndefined()
    // One column: no line begins in the right half of a page.
    const { pages, lines } = layoutOf(singleColumn.path)
    expect(lines.filter((line) => line.xMin > pages[0]!.width / 2)).toEqual([])
    const read = pagesInReadingOrder(singleColumn.path, 1).join('')
    for (const phrase of singleColumn.phrases) expect(read).toContain(squash(phrase))
  })

  it('scanned: two grey 200 dpi images and no text, and OCR reads its words back', async () => {
    const { scanned } = fixtures
    expect(await pageCount(scanned.path)).toBe(2)
    expect(squash(await pdfText(scanned.path))).toBe('')
    const images = (await run('pdfimages', ['-list', scanned.path])).split('\n').filter((line) => /^\s*\d+\s+\d+\s+image/.test(line))
    expect(images).toHaveLength(2)
    for (const image of images) expect(image).toMatch(/\s+gray\s+1\s+8\s+.*\s200\s+200\s/)

    const work = await mkdtemp(path.join(tmpdir(), 'oneheart-ocr-'))
    try {
      await run('pdftoppm', ['-r', '200', '-gray', scanned.path, path.join(work, 'page')])
      let read = ''
      for (const image of (await readdir(work)).sort()) read += await run('tesseract', [path.join(work, image), '-', '-l', 'jpn'])
      for (const word of scanned.phrases) expect(squash(read)).toContain(word)
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  }, 120_000)

  it('damaged: the text layer holds the damage as printed, not the clean spellings', async () => {
    const { damaged } = fixtures
    const layer = (await pdfText(damaged.path)).replace(/\n/g, '')
    expect(damaged.damage.length).toBeGreaterThanOrEqual(5)
    for (const { damaged: spelling, clean } of damaged.damage) {
      expect(layer).toContain(spelling)
      expect(layer).not.toContain(clean)
    }
    expect(layer).toMatch(/第５号\s*令和元年１２月/)
    expect(damaged).toMatchObject({ issuedOn: '2019-12', number: 5, pages: 1 })
  })

  it('broken, encrypted, notPdf and tooManyPages are refused or over the limit for the reasons they stand for', async () => {
    expect(await failure('pdfinfo', [fixtures.broken.path])).toMatch(/Couldn't (find trailer|read xref)/)
    const whole = (await stat(fixtures.twoColumn.path)).size
    expect((await stat(fixtures.broken.path)).size).toBe(Math.floor(whole / 2))

    expect(await failure('pdfinfo', [fixtures.encrypted.path])).toMatch(/Incorrect password/)
    const unlocked = await run('pdfinfo', ['-upw', fixtures.encrypted.password, fixtures.encrypted.path])
    expect(unlocked).toMatch(/Encrypted:\s+yes .*AES-256/)
    expect(unlocked).toMatch(/Pages:\s+2/)

    const notPdf = await readFile(fixtures.notPdf.path)
    expect(fixtures.notPdf.path.endsWith('.pdf')).toBe(true)
    expect(notPdf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))

    expect(await pageCount(fixtures.tooManyPages.path)).toBe(41)
    expect((await stat(fixtures.tooManyPages.path)).size).toBeLessThan(200_000)
  })

  it('duplicate: the same bytes as twoColumn under another name', async () => {
    const { duplicate, twoColumn } = fixtures
    expect(duplicate.of).toBe(twoColumn.path)
    expect(path.basename(duplicate.path)).not.toBe(path.basename(twoColumn.path))
    expect((await readFile(duplicate.path)).equals(await readFile(twoColumn.path))).toBe(true)
    expect(duplicate).toMatchObject({ pages: 4, number: 23, issuedOn: '2025-08' })
  })

  it('a second call in the same folder returns the files already made', async () => {
    const before = (await stat(fixtures.twoColumn.path)).mtimeMs
    expect(await makeArchiveFixtures(dir)).toEqual(fixtures)
    expect((await stat(fixtures.twoColumn.path)).mtimeMs).toBe(before)
  })
})
