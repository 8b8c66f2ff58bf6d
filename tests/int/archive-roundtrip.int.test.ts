import { type ImportPreview, importArchivePdf } from '@oneheart/archive'
import type { PublicIssueEdition } from '@oneheart/contract'
import { ContentSource, closeBrowser, type Edition, issuePrintable, Printer } from '@oneheart/print/printing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from '../support/payload.ts'

const squash = (text: string) => text.replace(/\s+/gu, '')
/** The demo issue laid out to fill its four planned pages (as in print.int.test.ts). */
const DEMO_ISSUE = 5

/**
 * Our own paper read back: a demo issue printed by the print app (standard and large print) and
 * given to the importer as a back issue would be. What it detects and splits is checked against
 * the records the paper was printed from.
 */
describe('a demo issue printed by the print app, read back by the importer', () => {
  let content: PublicIssueEdition
  const previews = {} as Record<Extract<Edition, 'standard' | 'large'>, ImportPreview>

  beforeAll(async () => {
    const payload = await testPayload()
    content = await new ContentSource(payload).issue(DEMO_ISSUE)
    const printer = new Printer()
    for (const edition of ['standard', 'large'] as const) {
      const printed = await printer.pdf(issuePrintable(content, edition), { fresh: true })
      const result = await importArchivePdf({ payload, user: null }, printed.file, { fileName: `issue-${DEMO_ISSUE}-${edition}.pdf`, dryRun: true })
      if (!result.preview) throw new Error(`no preview: ${result.status} ${result.reason ?? ''}`)
      previews[edition] = result.preview
    }
  }, 180_000)
  afterAll(() => closeBrowser())

  for (const edition of ['standard', 'large'] as const) {
    it(`finds the number and the date the ${edition} edition prints`, () => {
      // The demo issue fills four pages with several stories: a check over none would prove nothing.
      expect(content.articles.length).toBeGreaterThanOrEqual(4)
      expect(previews[edition].number).toBe(DEMO_ISSUE)
      expect(previews[edition].issuedOn).toBe(content.issue.issuedOn)
    })

    it(`keeps every article's title and text of the ${edition} edition, and no page number`, () => {
      const text = squash(previews[edition].pages.map((page) => page.text).join(''))
      for (const article of content.articles) expect(text).toContain(squash(article.title))
      for (const page of previews[edition].pages) {
        expect(page.text.split('\n').filter((line) => /^[-–\s]*\d{1,2}(\s*\/\s*\d{1,2})?[-–\s]*$/u.test(line.trim()))).toEqual([])
      }
    })

    it(`cuts the ${edition} edition at its articles' headings`, () => {
      const titles = previews[edition].articles.map((article) => squash(article.title))
      const found = content.articles.filter((article) => titles.some((title) => title.includes(squash(article.title))))
      expect(found.map((article) => article.title)).toEqual(content.articles.map((article) => article.title))
    })
  }
})
