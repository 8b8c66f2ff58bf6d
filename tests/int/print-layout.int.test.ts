import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { PublicIssueEdition } from '@oneheart/contract'
import { headingsOf, isPageNumber, layoutOf, lineBelow, type PdfLine, placementsOf } from '@oneheart/harness/pdfLayout'
import { ContentSource, closeBrowser, EDITIONS, type Edition, issuePrintable, PdfCache, Printer } from '@oneheart/print/printing'
import { richTextToPlain } from '@oneheart/schema/search'
import jsQR from 'jsqr'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from '../support/payload.ts'

// Paper must carry the public address, never the machine the demo runs on.
const PUBLIC_SITE_URL = 'https://www.example.city.jp/oneheart'
process.env.PUBLIC_SITE_URL = PUBLIC_SITE_URL

/** The page margins each edition's stylesheet sets (edition.css, large.css), left and right, in mm. */
const SIDE_MARGIN_MM: Record<Edition, number> = { standard: 12, mono: 12, large: 14 }
const PT_PER_MM = 72 / 25.4
const REQUEST_BOX_TITLE = 'コーディネーターへのご依頼・ご相談'

const dir = mkdtempSync(path.join(tmpdir(), 'oneheart-print-layout-'))
const squash = (text: string) => text.replace(/\s+/g, '')
let printer: Printer
let written = 0

async function print(content: PublicIssueEdition, edition: Edition) {
  const printable = issuePrintable(content, edition)
  const made = await printer.pdf(printable)
  const file = path.join(dir, `${content.issue.number}-${edition}-${++written}.pdf`)
  writeFileSync(file, made.file)
  return { file, html: printable.html, ...layoutOf(file) }
}

/** What is wrong with the headings of one PDF: split across columns or pages, or left at a column's foot. */
function headingProblems(html: string, lines: PdfLine[]): string[] {
  const expected = new Map<string, number>()
  for (const heading of headingsOf(html)) expected.set(heading, (expected.get(heading) ?? 0) + 1)
  const problems: string[] = []
  for (const [heading, count] of expected) {
    const placements = placementsOf(heading, lines)
    if (placements.length < count) problems.push(`split: ${heading}`)
    // The same words may also stand elsewhere (a month heading 令和7年7月 and a session's date in
    // a table): each heading needs a placement with its text under it; extra matches are not headings.
    if (placements.filter((placed) => placed.next).length >= count) continue
    for (const placed of placements) if (!placed.next) problems.push(`last in its column, page ${placed.lines[0]?.page}: ${heading}`)
  }
  return problems
}

/** The QR codes on a page, decoded from a 150 dpi rendering. */
function qrCodesOn(file: string, page: number): string[] {
  const out = path.join(dir, `qr-${++written}`)
  execFileSync('pdftoppm', ['-r', '150', '-gray', '-f', String(page), '-l', String(page), '-singlefile', file, out])
  const data = readFileSync(`${out}.pgm`)
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error('not a PGM')
  const [width, height] = [Number(header[1]), Number(header[2])]
  const gray = data.subarray(header[0].length)
  const rgba = new Uint8ClampedArray(width * height * 4)
  for (let i = 0; i < width * height; i += 1) rgba.set([gray[i] ?? 255, gray[i] ?? 255, gray[i] ?? 255, 255], i * 4)
  const code = jsQR(rgba, width, height)
  return code ? [code.data] : []
}

describe('print layout of every demo issue, in every edition', () => {
  const issues: PublicIssueEdition[] = []
  const printed = new Map<string, Awaited<ReturnType<typeof print>>>()
  const key = (number: number, edition: Edition) => `${number}-${edition}`

  beforeAll(async () => {
    const source = new ContentSource(await testPayload())
    printer = new Printer(new PdfCache(path.join(dir, 'cache')))
    for (const number of await source.latestIssueNumbers(100)) issues.push(await source.issue(number))
    for (const content of issues) for (const edition of EDITIONS) printed.set(key(content.issue.number, edition), await print(content, edition))
  }, 300_000)
  afterAll(() => closeBrowser())

  it('keeps every line inside the page and its side margins, where nothing is cut off', () => {
    for (const [name, { pages, lines }] of printed) {
      const edition = name.split('-')[1] as Edition
      // A glyph's box may reach a little past the line's end (justified 。): 1.5 pt of slack, far less than a cut-off list number.
      const margin = SIDE_MARGIN_MM[edition] * PT_PER_MM - 1.5
      const outside = lines.filter((line) => {
        const page = pages[line.page - 1]!
        if (line.yMin < 0 || line.yMax > page.height) return true
        return !isPageNumber(line) && (line.xMin < margin || line.xMax > page.width - margin)
      })
      expect(outside.map((line) => `${name} p${line.page}: ${line.text}`)).toEqual([])
    }
  })

  it('prints the public address in text and QR code, never localhost, breaking it only after a slash', () => {
    for (const content of issues) {
      const pageUrl = `${PUBLIC_SITE_URL}/issues/${content.issue.number}`
      for (const edition of EDITIONS) {
        const { file, lines, pages } = printed.get(key(content.issue.number, edition))!
        expect(lines.filter((line) => line.text.includes('localhost'))).toEqual([])
        expect(qrCodesOn(file, pages.length)).toEqual([pageUrl])
        // The address read line by line down its column: where it wraps, the line ends with a slash.
        const start = lines.find((line) => line.text.includes(PUBLIC_SITE_URL.slice(0, 20)))
        expect(start, `${edition}: the page's address is printed`).toBeDefined()
        let line = start!
        let shown = line.text.slice(line.text.indexOf(PUBLIC_SITE_URL.slice(0, 20)))
        while (shown.length < pageUrl.length && pageUrl.startsWith(shown)) {
          expect(shown.endsWith('/'), `第${content.issue.number}号 ${edition}: broken after "${shown}"`).toBe(true)
          line = lineBelow(line, lines)!
          shown += line.text
        }
        expect(shown.startsWith(pageUrl), `第${content.issue.number}号 ${edition}: ${shown}`).toBe(true)
      }
    }
  })

  it("prints the coordinators' request once, in the issue's own words or else the settings'", async () => {
    const settingsWords = squash(issues[0]!.newsletter.requestBox ?? '')
      .replace(/\*\*/g, '')
      .slice(0, 20)
    let usedSettings = 0
    for (const content of issues) {
      const text = squash(
        printed
          .get(key(content.issue.number, 'standard'))!
          .lines.map((line) => line.text)
          .join(''),
      )
      const count = (piece: string) => text.split(squash(piece)).length - 1
      expect(count(REQUEST_BOX_TITLE), `第${content.issue.number}号`).toBe(1)
      const words = squash(richTextToPlain(content.issue.requestBox)).slice(0, 20)
      expect(count(words), `第${content.issue.number}号: ${words}`).toBe(1)
      if (words === settingsWords) usedSettings += 1
    }
    // The demo content has both: issues with their own wording, and one with the settings'.
    expect(usedSettings).toBeGreaterThan(0)
    expect(usedSettings).toBeLessThan(issues.length)
  })

  it('sets the footer on the last page of content, within the planned pages of the standard edition', () => {
    for (const content of issues) {
      for (const edition of EDITIONS) {
        const { lines, pages } = printed.get(key(content.issue.number, edition))!
        const last = lines.filter((line) => line.page === pages.length && !isPageNumber(line))
        const footer = last.find((line) => line.text.startsWith('発行元'))
        expect(footer, `第${content.issue.number}号 ${edition}: footer on the last page`).toBeDefined()
        // Some content above it on that page: the footer never has a page to itself.
        expect(last.filter((line) => line.yMax < footer!.yMin - 4).length, `第${content.issue.number}号 ${edition}`).toBeGreaterThanOrEqual(1)
      }
      const standard = printed.get(key(content.issue.number, 'standard'))!.pages.length
      expect(standard, `第${content.issue.number}号`).toBeLessThanOrEqual(content.issue.plannedPages ?? Infinity)
    }
    // The issues shaped like real ones (a 2-page and a 4-page issue) fill exactly the pages they plan, as the paper must.
    for (const [number, planned] of [
      [8, 2],
      [9, 4],
    ] as const) {
      const content = issues.find((candidate) => candidate.issue.number === number)
      expect(content?.issue.plannedPages, `第${number}号`).toBe(planned)
      expect(printed.get(key(number, 'standard'))!.pages.length, `第${number}号`).toBe(planned)
    }
  })

  it('keeps every heading whole and with its text: each demo issue as seeded, and with its content shifted step by step', async () => {
    expect(issues.length).toBeGreaterThanOrEqual(5)
    const problems: string[] = []
    for (const content of issues) {
      for (const edition of EDITIONS) {
        const { html, lines } = printed.get(key(content.issue.number, edition))!
        expect(headingsOf(html).length).toBeGreaterThan(5)
        problems.push(...headingProblems(html, lines).map((problem) => `第${content.issue.number}号 ${edition}: ${problem}`))
      }
    }
    // A longer greeting pushes everything below it down, so headings land at every height of a column.
    for (const content of issues.slice(0, 2)) {
      for (const edition of ['standard', 'large'] as const) {
        for (let step = 1; step <= 6; step += 1) {
          const greeting = `${content.issue.greeting ?? ''}${'季節の便りをお届けします。'.repeat(step * 2)}`
          // A long second title, so one heading wraps over two lines somewhere.
          const articles = content.articles.map((article, index) =>
            index === 1 ? { ...article, title: `${article.title}について、コーディネーターよりお願い` } : article,
          )
          const variant = { ...content, issue: { ...content.issue, greeting }, articles }
          const { html, lines } = await print(variant, edition)
          problems.push(...headingProblems(html, lines).map((problem) => `第${content.issue.number}号 ${edition} +${step}: ${problem}`))
        }
      }
    }
    expect(problems).toEqual([])
  }, 240_000)

  it("shows each invited council on its own, with the count, and keeps an event's bullet lines apart", async () => {
    const content = issues.find((issue) => issue.events.some((event) => event.sessions.some((session) => session.invitedCouncils.length > 1)))
    if (!content) throw new Error('no demo issue announces an event with several councils')
    const event = content.events.find((candidate) => candidate.sessions.some((session) => session.invitedCouncils.length > 1))!
    const session = event.sessions.find((candidate) => candidate.invitedCouncils.length > 1)!
    const names = session.invitedCouncils.map((council) => council.name)
    expect(names.some((name) => name.includes('・'))).toBe(true)
    const bullets = { ...event, purpose: '・一つ目の目的です\n・二つ目の目的です' }
    const { html, lines } = await print(
      { ...content, events: content.events.map((candidate) => (candidate.id === event.id ? bullets : candidate)) },
      'standard',
    )
    for (const name of names) expect(html.includes(`<li class="council-list__item">${name}</li>`), name).toBe(true)
    expect(html).toContain(`（${names.length}協議体）`)
    // On paper no two names are joined by ・, which would read as one longer name.
    const text = squash(lines.map((line) => line.text).join(''))
    for (const [index, name] of names.slice(0, -1).entries()) expect(text).not.toContain(`${name}・${names[index + 1]}`)
    expect(lines.filter((line) => line.text.includes('一つ目の目的です') && line.text.includes('二つ目'))).toEqual([])
    expect(lines.some((line) => line.text.includes('・二つ目の目的です'))).toBe(true)
  })
})
