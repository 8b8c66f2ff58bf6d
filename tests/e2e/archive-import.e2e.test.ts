import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { launchChromium } from '@oneheart/chromium'
import { type ArchiveFixtures, makeArchiveFixtures } from '@oneheart/harness/archiveFixtures'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminApi as cmsAdminApi, createEditorAndContributor, logInToAdmin } from '../support/admin.ts'
import { axeViolations } from '../support/axe.ts'

const apps = inject('apps')
const PASSWORD = 'archive-password-123'
const SCREEN = { width: 1366, height: 768 }
// Screenshots for review beside the admin walk's.
const SHOTS = path.resolve(import.meta.dirname, '..', '..', 'docs', 'admin')
const squash = (text: string) => text.replace(/\s+/g, '')

const adminApi = <T>(route: string, init: RequestInit = {}) => cmsAdminApi<T>(apps.cms, route, init)

/** The side navigation, which Payload keeps closed at 1366 px wide until it is opened. */
async function openNav(page: Page) {
  await page.locator('.nav-toggler').first().waitFor()
  if ((await page.locator('.nav--nav-open').count()) === 0) await page.locator('.nav-toggler').first().click()
  await page.locator('.nav--nav-open a.nav__link').first().waitFor()
}

async function openScreen(page: Page) {
  await page.goto(`${apps.cms}/admin/archive-import`)
  await page.getByRole('heading', { level: 1, name: '過去の号を取り込む' }).waitFor({ timeout: 30_000 })
}

describe('an editor imports a PDF back issue from the admin screen 過去の号を取り込む', () => {
  let browser: Browser
  let fixtures: ArchiveFixtures
  const stamp = Date.now().toString(36)
  const editor = `archivist-${stamp}@example.jp`
  const contributor = `archive-writer-${stamp}@example.jp`
  // A number no seeded issue has: the editor corrects the printed 第23号 to it.
  const corrected = 1000 + (Date.now() % 8000)
  let issueId = 0

  beforeAll(async () => {
    browser = await launchChromium()
    mkdirSync(SHOTS, { recursive: true })
    fixtures = await makeArchiveFixtures(path.join(tmpdir(), 'oneheart-archive-fixtures'))
    const councils = await adminApi<{ docs: { id: number }[] }>('/api/councils?limit=1&depth=0')
    await createEditorAndContributor(apps.cms, {
      editor: { email: editor, name: '過去 号子' },
      contributor: { email: contributor, name: '寄稿 次郎' },
      password: PASSWORD,
      councilId: councils.docs[0]?.id,
    })
  })
  afterAll(async () => {
    await browser?.close()
    // The fixture is shared by every browser test: its file is free to import again afterwards.
    if (issueId) {
      const articles = await adminApi<{ docs: { id: number }[] }>(`/api/articles?where[issue][equals]=${issueId}&depth=0&limit=100&draft=true`)
      for (const article of articles.docs) expect(await adminApi(`/api/articles/${article.id}`, { method: 'DELETE' })).toHaveProperty('doc')
      expect(await adminApi(`/api/issues/${issueId}`, { method: 'DELETE' })).toHaveProperty('doc')
    }
  })

  it('is for editors and admins only: a visitor is sent to the login, a contributor sees no link and is turned away', async () => {
    const visitor = await (await browser.newContext({ locale: 'ja-JP' })).newPage()
    await visitor.goto(`${apps.cms}/admin/archive-import`)
    await visitor.waitForURL(/\/admin\/login/)
    await visitor.context().close()

    const page = await logInToAdmin(browser, apps.cms, { email: contributor, password: PASSWORD })
    await openNav(page)
    expect(await page.locator('nav a.nav__link[href="/admin/collections/articles"]').count()).toBe(1)
    expect(await page.locator('nav').getByText('過去の号を取り込む').count()).toBe(0)
    expect(await page.getByRole('region', { name: '過去の号を取り込む' }).count()).toBe(0)
    await openScreen(page)
    expect(await page.getByRole('alert').filter({ hasText: '編集者と管理者だけ' }).count()).toBe(1)
    expect(await page.getByLabel('PDFファイルを選ぶ').count()).toBe(0)
    await page.context().close()
  })

  it('reads the PDF, shows number, month and articles for correction, and publishes it with the corrections', async () => {
    const { twoColumn, notPdf } = fixtures
    const page = await logInToAdmin(browser, apps.cms, { email: editor, password: PASSWORD })
    await page.setViewportSize(SCREEN)
    // Linked from the dashboard and the side navigation.
    await page.getByRole('region', { name: '過去の号を取り込む' }).getByRole('link', { name: 'PDFを選んで取り込む' }).click()
    await page.getByRole('heading', { level: 1, name: '過去の号を取り込む' }).waitFor({ timeout: 30_000 })
    expect(await page.locator('nav').getByText('過去の号を取り込む').count()).toBe(1)

    await page.getByLabel('PDFファイルを選ぶ').setInputFiles([twoColumn.path, notPdf.path])
    const card = page.getByRole('article', { name: path.basename(twoColumn.path) })
    await expect.poll(() => card.getByRole('status').textContent(), { timeout: 90_000, interval: 500 }).toMatch(/読み取りました：4ページ/)

    // What the importer detected, shown as people write it: 第23号, 令和7年8月号, its articles.
    expect(await card.getByLabel('号数').inputValue()).toBe('23')
    expect(await card.getByLabel('発行日').inputValue()).toBe('令和7年8月')
    const titles = await card.getByLabel('タイトル', { exact: true }).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    for (const article of twoColumn.articles) expect(titles.map(squash)).toContain(squash(article.title))
    const texts = await card.getByLabel('本文').evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value))
    const phrase = twoColumn.phrases[0]!
    const holder = texts.findIndex((text) => squash(text).includes(squash(phrase)))
    expect(holder, JSON.stringify(texts)).toBeGreaterThanOrEqual(0)
    expect(await card.getByRole('row').count()).toBe(1 + twoColumn.pages) // the page list, with its header row

    // The picture named .pdf is refused by the server, with its reason.
    const refused = page.getByRole('article', { name: path.basename(notPdf.path) })
    await expect.poll(() => refused.textContent(), { timeout: 30_000 }).toContain('このファイルは取り込めません')
    expect(await refused.textContent()).toMatch(/このファイルは取り込めません.*PDF/)

    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: path.join(SHOTS, 'archive-import-review.png'), fullPage: true })

    // Corrections: the number, a date typed as a month (after one that cannot be read), and a title.
    await card.getByLabel('号数').fill(`第${corrected}号`)
    await card.getByLabel('発行日').fill('らいげつ')
    await card.getByLabel('発行日').blur()
    await expect.poll(() => card.getByText(/発行日「らいげつ」を日付として読めませんでした/).count()).toBe(1)
    await card.getByLabel('発行日').fill('2025-09')
    await card.getByLabel('発行日').blur()
    await expect.poll(() => card.getByText('令和7年9月として取り込みます。').count()).toBe(1)
    const renamed = `${titles[holder]} ${stamp}`
    await card.getByLabel('タイトル', { exact: true }).nth(holder).fill(renamed)

    await page.getByRole('radio', { name: /すぐに公開する/ }).check()
    await page.getByRole('button', { name: '取り込む', exact: true }).click()
    const outcome = page.getByRole('article', { name: path.basename(twoColumn.path) })
    await expect.poll(() => outcome.textContent(), { timeout: 90_000, interval: 500 }).toMatch(/取り込んで公開しました/)
    expect(await outcome.textContent()).toContain(`第${corrected}号`)
    await page.screenshot({ path: path.join(SHOTS, 'archive-import-result.png') })

    // The issue as stored: the corrections arrived, and it is published.
    const issues = await adminApi<{ docs: { id: number; title: string; issuedOn: string; _status: string; archive?: { sourceName?: string } }[] }>(
      `/api/issues?where[number][equals]=${corrected}&depth=0`,
    )
    expect(issues.docs[0]).toMatchObject({ issuedOn: '2025-09', _status: 'published', archive: { sourceName: path.basename(twoColumn.path) } })
    issueId = issues.docs[0]!.id
    // The title was left alone, so it follows the corrected number.
    expect(issues.docs[0]?.title).toContain(`第${corrected}号`)
    expect(await outcome.getByRole('link', { name: '管理画面でこの号を開く' }).getAttribute('href')).toBe(`/admin/collections/issues/${issueId}`)
    const articles = await adminApi<{ docs: { title: string }[] }>(`/api/articles?where[issue][equals]=${issueId}&depth=0&limit=100`)
    expect(articles.docs.map((article) => article.title)).toContain(renamed)

    // On the site, through the screen's own link.
    const siteLink = await outcome.getByRole('link', { name: /サイトで見る/ }).getAttribute('href')
    expect(siteLink).toMatch(new RegExp(`^${apps.web}/`))
    await expect.poll(async () => (await fetch(siteLink!)).status, { timeout: 30_000, interval: 1000 }).toBe(200)
    const site = await browser.newPage()
    await site.goto(siteLink!)
    await expect.poll(async () => squash(await site.locator('main').innerText()), { timeout: 30_000, interval: 1000 }).toContain(squash(phrase))
    await site.close()
    await page.context().close()
  })

  it('names the issue that already holds the same PDF instead of importing it twice', async () => {
    expect(issueId).toBeGreaterThan(0)
    const page = await logInToAdmin(browser, apps.cms, { email: editor, password: PASSWORD })
    await page.setViewportSize(SCREEN)
    await openNav(page)
    await page.locator('nav').getByRole('link', { name: '過去の号を取り込む' }).click()
    // A byte copy under another name.
    await page.getByLabel('PDFファイルを選ぶ').setInputFiles(fixtures.duplicate.path)
    const card = page.getByRole('article', { name: path.basename(fixtures.duplicate.path) })
    await expect.poll(() => card.getByRole('status').textContent(), { timeout: 90_000, interval: 500 }).toBe('この号はもう取り込んであります')
    expect(await card.locator(`a[href="/admin/collections/issues/${issueId}"]`).count()).toBe(1)
    expect(await page.getByRole('button', { name: '取り込む', exact: true }).isDisabled()).toBe(true)
    await page.context().close()
  })
})
