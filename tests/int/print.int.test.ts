import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { PublicIssueEdition } from '@oneheart/contract'
import {
  ContentSource,
  closeBrowser,
  EDITIONS,
  type Edition,
  flyerPrintable,
  issuePrintable,
  MissingImagesError,
  PdfCache,
  PreviewRefusedError,
  Printer,
  pageCountOf,
  RefreshQueue,
} from '@oneheart/print/printing'
import { previewToken } from '@oneheart/tokens'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from '../support/payload.ts'

/** The words of a block that paper must carry (rich text is left to the snapshot). */
function blockText(block: PublicIssueEdition['articles'][number]['blocks'][number]): string[] {
  if (block.type === 'part' || block.type === 'quote') return block.text.split(/\n{2,}/)
  if (block.type === 'steps') return block.steps.map((step) => step.title)
  if (block.type === 'box') return [block.title]
  if (block.type === 'table') return [...(block.header ?? []), ...block.rows.flat()].filter(Boolean)
  return []
}

/** The demo issue laid out to fill its four planned pages. */
const DEMO_ISSUE = 5
const A4 = { width: 595.28, height: 841.89 }
const SNAPSHOT = path.join(import.meta.dirname, 'snapshots', `print-issue-${DEMO_ISSUE}-standard-page-1.pgm`)

const dir = mkdtempSync(path.join(tmpdir(), 'oneheart-print-test-'))
const runText = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })
const squash = (text: string) => text.replace(/\s+/g, '')

/**
 * Whether `piece` is in `text` in order, allowing a few places where other text cuts in:
 * extraction reads a caption, a page number or the next table cell where a column or a
 * cell's line breaks. Each cut must resume within `maxGap` characters.
 */
function containsInOrder(text: string, piece: string, maxCuts: number, maxGap = 2500): boolean {
  const key = (from: number) => piece.slice(from, from + 6)
  for (let start = text.indexOf(key(0)); start >= 0; start = text.indexOf(key(0), start + 1)) {
    let i = start
    let j = 0
    let cuts = 0
    while (j < piece.length) {
      if (text[i] === piece[j]) {
        i += 1
        j += 1
        continue
      }
      const resume = text.indexOf(key(j), i)
      if (resume < 0 || resume - i > maxGap || ++cuts > maxCuts) break
      i = resume
    }
    if (j === piece.length) return true
  }
  return false
}

interface Word {
  page: number
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
  pageWidth: number
  pageHeight: number
}

/** Every word poppler extracts, with its box and its page's size. */
function wordsOf(file: string): Word[] {
  const xml = runText('pdftotext', ['-bbox', file, '-'])
  const words: Word[] = []
  let page = 0
  for (const pageMatch of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    page += 1
    for (const word of (pageMatch[3] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({
        page,
        text: word[5] ?? '',
        xMin: Number(word[1]),
        yMin: Number(word[2]),
        xMax: Number(word[3]),
        yMax: Number(word[4]),
        pageWidth: Number(pageMatch[1]),
        pageHeight: Number(pageMatch[2]),
      })
    }
  }
  return words
}

/** The size most characters are set in (pt): word box heights weighted by their characters. */
function characterSizes(words: Word[]): number[] {
  return words.flatMap((word) => Array<number>([...word.text].length).fill(Math.round((word.yMax - word.yMin) * 10) / 10)).sort((a, b) => a - b)
}

/** Page 1 as gray or colour pixels at 30 dpi, from poppler. */
function rasterPage1(file: string, gray: boolean): { width: number; height: number; channels: number; pixels: Buffer } {
  const out = path.join(dir, `${path.basename(file)}-${gray ? 'g' : 'c'}`)
  execFileSync('pdftoppm', ['-r', '30', '-f', '1', '-l', '1', '-singlefile', ...(gray ? ['-gray'] : []), file, out])
  const data = readFileSync(`${out}.${gray ? 'pgm' : 'ppm'}`)
  return parseNetpbm(data)
}

function parseNetpbm(data: Buffer) {
  const header = /^P([56])\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error('not a binary PGM/PPM')
  return { width: Number(header[2]), height: Number(header[3]), channels: header[1] === '6' ? 3 : 1, pixels: data.subarray(header[0].length) }
}

describe('print editions of the demo issue', () => {
  let source: ContentSource
  let printer: Printer
  let content: PublicIssueEdition
  const files = {} as Record<Edition, string>

  beforeAll(async () => {
    const payload = await testPayload()
    source = new ContentSource(payload)
    printer = new Printer(new PdfCache(path.join(dir, 'cache')))
    content = await source.issue(DEMO_ISSUE)
    for (const edition of EDITIONS) {
      const made = await printer.pdf(issuePrintable(content, edition))
      files[edition] = path.join(dir, `${edition}.pdf`)
      writeFileSync(files[edition], made.file)
    }
  })
  afterAll(() => closeBrowser())

  it('prints A4 pages, the standard and monochrome editions within the planned page count, the large print longer', () => {
    const pages = {} as Record<Edition, number>
    for (const edition of EDITIONS) {
      const info = runText('pdfinfo', [files[edition]])
      const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? []
      expect(Math.abs(Number(width) - A4.width)).toBeLessThan(1.5)
      expect(Math.abs(Number(height) - A4.height)).toBeLessThan(1.5)
      pages[edition] = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
      expect(pageCountOf(readFileSync(files[edition]))).toBe(pages[edition])
    }
    expect(pages.standard).toBe(content.issue.plannedPages)
    expect(pages.mono).toBe(pages.standard)
    expect(pages.large).toBeGreaterThan(pages.standard)
  })

  it('embeds every font as a TrueType (CID) font, none as Type 3, so all text is selectable', () => {
    for (const edition of EDITIONS) {
      const rows = runText('pdffonts', [files[edition]]).split('\n').slice(2).filter(Boolean)
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) {
        expect(row).not.toMatch(/Type 3/)
        expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes/)
      }
      expect(rows.some((row) => row.includes('BIZUDPGothic'))).toBe(true)
    }
  })

  it('carries the whole text: masthead, every article title and paragraph, sessions and meeting items', () => {
    const prose = [
      content.newsletter.title,
      content.issue.title,
      ...content.articles.flatMap((article) => [article.title, ...article.blocks.flatMap(blockText)]),
      ...content.meetings.flatMap((meeting) => meeting.items.map((item) => item.topic)),
    ]
    const cells = content.events.flatMap((event) => event.sessions.map((session) => session.venue))
    expect(content.events.length).toBeGreaterThan(0)
    expect(content.meetings.length).toBeGreaterThan(0)
    for (const edition of EDITIONS) {
      // Compared without spaces and line ends: columns break lines, never words away.
      const text = squash(runText('pdftotext', [files[edition], '-']))
      for (const piece of prose) expect(containsInOrder(text, squash(piece), 2), `${edition}: ${piece.slice(0, 30)}`).toBe(true)
      for (const cell of cells) expect(containsInOrder(text, squash(cell), 8), `${edition}: ${cell}`).toBe(true)
    }
  })

  it('keeps every word inside the page box', () => {
    for (const edition of EDITIONS) {
      const words = wordsOf(files[edition])
      expect(words.length).toBeGreaterThan(100)
      const outside = words.filter((w) => w.xMin < 0 || w.yMin < 0 || w.xMax > w.pageWidth || w.yMax > w.pageHeight)
      expect(outside.map((w) => `${w.page}: ${w.text}`)).toEqual([])
    }
  })

  it('sets the large-print edition at 14 pt or more, the standard one smaller', () => {
    const large = characterSizes(wordsOf(files.large))
    const standard = characterSizes(wordsOf(files.standard))
    // Nine characters in ten at 14 pt or more; the rest are page numbers and the QR caption.
    expect(large[Math.floor(large.length * 0.1)]).toBeGreaterThanOrEqual(13.9)
    expect(standard[Math.floor(standard.length / 2)]).toBeLessThan(12)
  })

  it('breaks Japanese lines by kinsoku rules: no line starts with 。、」）', () => {
    for (const edition of EDITIONS) {
      const xml = runText('pdftotext', ['-bbox-layout', files[edition], '-'])
      const lineStarts = [...xml.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map((line) => (line[1] ?? '').replace(/<[^>]+>|\s/g, '').slice(0, 1))
      expect(lineStarts.length).toBeGreaterThan(50)
      expect(lineStarts.filter((start) => '。、」）'.includes(start))).toEqual([])
    }
  })

  it('says what the document is: title, author, subject, language, tags', () => {
    const info = runText('pdfinfo', [files.standard])
    expect(info).toContain(`Title:           ${content.newsletter.title} ${content.issue.title}`)
    expect(info).toContain(`Author:          ${content.newsletter.publisher.name}`)
    expect(info).toContain(`Subject:         ${content.newsletter.subtitle}`)
    expect(info).toMatch(/Tagged:\s+yes/)
    expect(readFileSync(files.standard, 'latin1')).toContain('/Lang (ja)')
  })

  it('prints the monochrome edition without colour and the standard one with the brand colour', () => {
    const colourful = (file: string) => {
      const { pixels } = rasterPage1(file, false)
      let count = 0
      for (let i = 0; i < pixels.length; i += 3) {
        const [r = 0, g = 0, b = 0] = [pixels[i], pixels[i + 1], pixels[i + 2]]
        if (Math.max(r, g, b) - Math.min(r, g, b) > 24) count += 1
      }
      return count
    }
    expect(colourful(files.mono)).toBe(0)
    expect(colourful(files.standard)).toBeGreaterThan(2000)
  })

  it('renders page 1 like the reviewed snapshot (30 dpi, gray, mean difference under 2%)', () => {
    const page = rasterPage1(files.standard, true)
    if (process.env.UPDATE_PRINT_SNAPSHOT === '1' || !existsSync(SNAPSHOT)) {
      copyFileSync(path.join(dir, 'standard.pdf-g.pgm'), SNAPSHOT)
      if (process.env.UPDATE_PRINT_SNAPSHOT !== '1') throw new Error(`No snapshot yet: wrote ${SNAPSHOT}; review it and commit it`)
    }
    const reference = parseNetpbm(readFileSync(SNAPSHOT))
    expect([page.width, page.height]).toEqual([reference.width, reference.height])
    let difference = 0
    for (let i = 0; i < page.pixels.length; i += 1) difference += Math.abs((page.pixels[i] ?? 0) - (reference.pixels[i] ?? 0))
    expect(difference / page.pixels.length / 255).toBeLessThan(0.02)
  })

  it('answers an unchanged issue from the cache and renders again when its content changes', async () => {
    const again = await printer.pdf(issuePrintable(await source.issue(DEMO_ISSUE), 'standard'))
    expect(again.cached).toBe(true)
    const changed = { ...content, issue: { ...content.issue, greeting: `${content.issue.greeting ?? ''} 追記しました。` } }
    const made = await printer.pdf(issuePrintable(changed, 'standard'))
    expect(made.cached).toBe(false)
    expect(made.key).not.toBe(again.key)
    expect(squash(runText('pdftotext', [writeTemp(made.file), '-']))).toContain('追記しました。')
  })

  it('names a photo that cannot be loaded instead of dropping it', async () => {
    const [first] = content.articles
    if (!first) throw new Error('demo issue has no articles')
    const broken = {
      ...content,
      articles: [{ ...first, photos: [{ image: { url: '/api/media/file/no-such-photo.jpg', alt: 'ない写真', width: 10, height: 10 }, caption: null }] }],
    }
    const failure = await printer.pdf(issuePrintable(broken, 'standard')).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(MissingImagesError)
    expect((failure as MissingImagesError).images).toEqual(['no-such-photo.jpg'])
  })

  it('prints an event flyer on one page with every session', async () => {
    const [event] = content.events
    if (!event) throw new Error('demo issue announces no event')
    const made = await printer.pdf(flyerPrintable(await source.flyer(event.id)))
    expect(made.pages).toBe(1)
    const text = squash(runText('pdftotext', [writeTemp(made.file), '-']))
    expect(text).toContain(squash(event.title))
    for (const session of event.sessions) expect(containsInOrder(text, squash(session.venue), 8), session.venue).toBe(true)
  })

  it('re-renders after a change when asked, so the next download is already made', async () => {
    const fresh = new Printer(new PdfCache(path.join(dir, 'refresh-cache')))
    const queue = new RefreshQueue(source, fresh)
    queue.request([DEMO_ISSUE])
    await queue.idle()
    for (const edition of EDITIONS) expect((await fresh.pdf(issuePrintable(content, edition))).cached).toBe(true)
  })
})

let written = 0
function writeTemp(file: Buffer): string {
  const target = path.join(dir, `made-${++written}.pdf`)
  writeFileSync(target, file)
  return target
}

describe('print preview of drafts', () => {
  it('shows an editor the drafts through a signed link, and refuses forged, foreign and anonymous ones', async () => {
    const payload = await testPayload()
    const source = new ContentSource(payload)
    const { docs: admins } = await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1, overrideAccess: true })
    const admin = admins[0]
    if (!admin) throw new Error('the test database has no admin')
    const { docs: issues } = await payload.find({ collection: 'issues', where: { number: { equals: DEMO_ISSUE } }, limit: 1, overrideAccess: true })
    const issue = issues[0]
    if (!issue) throw new Error('demo issue missing')
    const draftGreeting = `下書きのごあいさつ ${Date.now()}`
    await payload.update({ collection: 'issues', id: issue.id, data: { greeting: draftGreeting }, draft: true, overrideAccess: true })
    try {
      const token = previewToken(payload.secret, `issue:${DEMO_ISSUE}`, admin.id)
      expect((await source.issue(DEMO_ISSUE)).issue.greeting).not.toBe(draftGreeting)
      expect((await source.issue(DEMO_ISSUE, token)).issue.greeting).toBe(draftGreeting)
      await expect(source.issue(DEMO_ISSUE, `${token.slice(0, -2)}xx`)).rejects.toBeInstanceOf(PreviewRefusedError)
      await expect(source.issue(DEMO_ISSUE - 1, token)).rejects.toBeInstanceOf(PreviewRefusedError)
      const expired = previewToken(payload.secret, `issue:${DEMO_ISSUE}`, admin.id, Date.now() - 13 * 3600_000)
      await expect(source.issue(DEMO_ISSUE, expired)).rejects.toThrow(/有効期限/)
    } finally {
      // Back to the published version, so other tests see the demo issue as seeded.
      const published = await payload.findByID({ collection: 'issues', id: issue.id, draft: false, overrideAccess: true })
      await payload.update({ collection: 'issues', id: issue.id, data: { greeting: published.greeting, _status: 'published' }, overrideAccess: true })
    }
  })
})
