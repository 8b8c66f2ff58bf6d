import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { launchChromium } from '@oneheart/chromium'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cmsToken, logInToAdmin } from '../support/admin.ts'
import { axeViolations } from '../support/axe.ts'
import { TEST_ADMIN } from '../support/testEnv.ts'

const apps = inject('apps')
const PASSWORD = 'archive-password-123'
const SCREEN = { width: 1366, height: 768 }
// Screenshots for review beside the admin walk's.
const SHOTS = path.resolve(import.meta.dirname, '..', '..', 'docs', 'admin')
const fontCss = pathToFileURL(createRequire(import.meta.url).resolve('@fontsource/biz-udpgothic/400.css')).href

async function adminApi<T>(route: string, init: RequestInit = {}): Promise<T> {
  const token = await cmsToken(apps.cms, TEST_ADMIN)
  const response = await fetch(`${apps.cms}${route}`, { ...init, headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', ...init.headers } })
  return (await response.json()) as T
}

/**
 * A one-page back issue as a word processor would export it: masthead with number and month,
 * a greeting, an activity report with its district and labelled parts. Printed by Chromium
 * with the site's typeface (this machine has no Japanese system font), so it has a text layer.
 */
async function backIssuePdf(browser: Browser, folder: string, content: { number: number; phrase: string; title: string }): Promise<string> {
  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="stylesheet" href="${fontCss}">
<style>body{font-family:'BIZ UDPGothic';font-size:12pt;margin:20mm} h1{font-size:24pt} h2{font-size:16pt;margin-top:10mm}</style></head><body>
<h1>めざせ！ワンハート</h1>
<p>高崎市生活支援コーディネーター通信　第${content.number}号　令和3年8月号</p>
<h2>みなさまへ</h2>
<p>暑い日が続いています。水分をとって、無理をせずにお過ごしください。</p>
<p>八幡地区</p>
<h2>${content.title}</h2>
<p>【目的】畑で花を育てながら、近所の人が顔を合わせる場所をつくる。</p>
<p>【様子】${content.phrase}。毎月第2土曜日に集まり、十人ほどがお茶を飲みながら話しました。</p>
<p>【今後】秋には球根を植える予定です。</p>
</body></html>`
  const htmlFile = path.join(folder, `issue-${content.number}.html`)
  writeFileSync(htmlFile, html)
  const page = await browser.newPage()
  await page.goto(pathToFileURL(htmlFile).href)
  await page.evaluate(() => document.fonts.ready)
  const pdfFile = path.join(folder, `第${content.number}号.pdf`)
  await page.pdf({ path: pdfFile, format: 'A4' })
  await page.close()
  return pdfFile
}

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
  let folder: string
  let pdf: string
  const stamp = Date.now().toString(36)
  const editor = `archivist-${stamp}@example.jp`
  const contributor = `archive-writer-${stamp}@example.jp`
  // Numbers no seeded issue has; the printed one is corrected to the next.
  const printed = 1000 + (Date.now() % 8000)
  const corrected = printed + 1
  const phrase = `ひまわり畑の見学会${stamp}`
  const reportTitle = `花の畑の居場所 ${stamp}`
  let issueId = 0

  beforeAll(async () => {
    browser = await launchChromium()
    folder = mkdtempSync(path.join(tmpdir(), 'oneheart-archive-admin-'))
    mkdirSync(SHOTS, { recursive: true })
    pdf = await backIssuePdf(browser, folder, { number: printed, phrase, title: reportTitle })
    const councils = await adminApi<{ docs: { id: number }[] }>('/api/councils?limit=1&depth=0')
    for (const [email, role] of [[editor, 'editor'], [contributor, 'contributor']] as const) {
      const created = await adminApi<{ doc?: unknown; errors?: unknown }>('/api/users', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD, name: role === 'editor' ? '過去 号子' : '寄稿 次郎', role, councils: role === 'contributor' ? [councils.docs[0]?.id] : [] }) })
      expect(created.doc, JSON.stringify(created.errors)).toBeDefined()
    }
  })
  afterAll(async () => {
    await browser?.close()
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
    const page = await logInToAdmin(browser, apps.cms, { email: editor, password: PASSWORD })
    await page.setViewportSize(SCREEN)
    // Linked from the dashboard and the side navigation.
    await page.getByRole('region', { name: '過去の号を取り込む' }).getByRole('link', { name: 'PDFを選んで取り込む' }).click()
    await page.getByRole('heading', { level: 1, name: '過去の号を取り込む' }).waitFor({ timeout: 30_000 })
    expect(await page.locator('nav').getByText('過去の号を取り込む').count()).toBe(1)

    const notPdf = path.join(folder, 'メモ.pdf')
    writeFileSync(notPdf, 'これはPDFではなく、ただの文字のファイルです。')
    await page.getByLabel('PDFファイルを選ぶ').setInputFiles([pdf, notPdf])
    const card = page.getByRole('article', { name: path.basename(pdf) })
    await expect.poll(() => card.getByRole('status').textContent(), { timeout: 90_000, interval: 500 }).toMatch(/読み取りました/)

    // What the importer detected, shown as people write it.
    expect(await card.getByLabel('号数').inputValue()).toBe(String(printed))
    expect(await card.getByLabel('発行日').inputValue()).toBe('令和3年8月')
    const texts = await card.getByLabel('本文').evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value))
    const report = texts.findIndex((text) => text.replace(/\s+/g, '').includes(phrase))
    expect(report, JSON.stringify(texts)).toBeGreaterThanOrEqual(0)
    expect(await card.getByRole('row').count()).toBeGreaterThan(1) // the page list

    // The file that is not a PDF is refused by the server, with its reason.
    const refused = page.getByRole('article', { name: 'メモ.pdf' })
    await expect.poll(() => refused.textContent(), { timeout: 30_000 }).toContain('このファイルは取り込めません')
    expect((await refused.textContent())?.length ?? 0).toBeGreaterThan('メモ.pdfこのファイルは取り込めません'.length)

    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: path.join(SHOTS, 'archive-import-review.png'), fullPage: true })

    // Corrections: the number, a date typed as a month, and the report's title.
    await card.getByLabel('号数').fill(`第${corrected}号`)
    await card.getByLabel('発行日').fill('らいげつ')
    await card.getByLabel('発行日').blur()
    await expect.poll(() => card.getByText(/発行日「らいげつ」を日付として読めませんでした/).count()).toBe(1)
    await card.getByLabel('発行日').fill('2021-09')
    await card.getByLabel('発行日').blur()
    await expect.poll(() => card.getByText('令和3年9月として取り込みます。').count()).toBe(1)
    await card.getByLabel('タイトル', { exact: true }).nth(report).fill(reportTitle)

    await page.getByRole('radio', { name: /すぐに公開する/ }).check()
    await page.getByRole('button', { name: '取り込む', exact: true }).click()
    const outcome = page.getByRole('article', { name: path.basename(pdf) })
    await expect.poll(() => outcome.textContent(), { timeout: 90_000, interval: 500 }).toMatch(/取り込んで公開しました/)
    expect(await outcome.textContent()).toContain(`第${corrected}号`)
    await page.screenshot({ path: path.join(SHOTS, 'archive-import-result.png') })

    // The issue as stored: the corrections arrived, and it is published.
    const issues = await adminApi<{ docs: { id: number; title: string; issuedOn: string; _status: string; archive?: { sourceName?: string } }[] }>(`/api/issues?where[number][equals]=${corrected}&depth=0`)
    expect(issues.docs[0]).toMatchObject({ issuedOn: '2021-09', _status: 'published', archive: { sourceName: path.basename(pdf) } })
    // The title was left alone, so it follows the corrected number.
    expect(issues.docs[0]?.title).toContain(`第${corrected}号`)
    issueId = issues.docs[0]!.id
    expect(await outcome.getByRole('link', { name: '管理画面でこの号を開く' }).getAttribute('href')).toBe(`/admin/collections/issues/${issueId}`)
    const articles = await adminApi<{ docs: { title: string }[] }>(`/api/articles?where[issue][equals]=${issueId}&depth=0&limit=50`)
    expect(articles.docs.map((article) => article.title)).toContain(reportTitle)

    // On the site, through the screen's own link.
    const siteLink = await outcome.getByRole('link', { name: /サイトで見る/ }).getAttribute('href')
    expect(siteLink).toMatch(new RegExp(`^${apps.web}/`))
    await expect.poll(async () => (await fetch(siteLink!)).status, { timeout: 30_000, interval: 1000 }).toBe(200)
    const site = await browser.newPage()
    await site.goto(siteLink!)
    await expect.poll(async () => (await site.locator('main').innerText()).replace(/\s+/g, ''), { timeout: 30_000, interval: 1000 }).toContain(phrase)
    await site.close()
    await page.context().close()
  })

  it('names the issue that already holds the same PDF instead of importing it twice', async () => {
    expect(issueId).toBeGreaterThan(0)
    const page = await logInToAdmin(browser, apps.cms, { email: editor, password: PASSWORD })
    await page.setViewportSize(SCREEN)
    await openNav(page)
    await page.locator('nav').getByRole('link', { name: '過去の号を取り込む' }).click()
    await page.getByLabel('PDFファイルを選ぶ').setInputFiles(pdf)
    const card = page.getByRole('article', { name: path.basename(pdf) })
    await expect.poll(() => card.getByRole('status').textContent(), { timeout: 90_000, interval: 500 }).toBe('この号はもう取り込んであります')
    expect(await card.locator(`a[href="/admin/collections/issues/${issueId}"]`).count()).toBe(1)
    expect(await page.getByRole('button', { name: '取り込む', exact: true }).isDisabled()).toBe(true)
    await page.context().close()
  })
})
