import { launchChromium } from '@oneheart/chromium'
import { TEST_ADMIN as loginData } from '@oneheart/harness/testEnv'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cmsToken, logInToAdmin } from '../support/admin.ts'

const apps = inject('apps')

/** Issue 6 as an editor meets it: the print preview from the CMS, the PDFs and flyers, and refusals. */
describe('print editions, end to end', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
    page = await logInToAdmin(browser, apps.cms, loginData)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('opens the print preview of an issue from its CMS screen, with its drafts and its page count', async () => {
    const token = await cmsToken(apps.cms, loginData)
    const found = await page.request.get(`${apps.cms}/api/issues?where[number][equals]=5&depth=0`, { headers: { Authorization: `JWT ${token}` } })
    const issueId = ((await found.json()) as { docs: { id: number }[] }).docs[0]?.id
    expect(issueId).toBeDefined()

    await page.goto(`${apps.cms}/admin/collections/issues/${issueId}`)
    const link = page.getByRole('link', { name: '通常版' })
    await link.waitFor()
    const href = await link.getAttribute('href')
    expect(href).toMatch(new RegExp(`^${apps.print}/issues/5/standard\\?preview=`))
    // The issue screen says how many pages the paper makes, measured by the print app.
    expect(await page.getByText(/紙面（通常版）は 4ページ（予定 4ページ）/).count()).toBe(1)

    const preview = await browser.newPage()
    const response = await preview.goto(href ?? '')
    expect(response?.status()).toBe(200)
    const bar = preview.getByRole('region', { name: '印刷プレビュー' })
    expect(await bar.textContent()).toMatch(/下書きを含む.*全4ページ（予定 4ページ）/)
    // The editor sees which address the paper and its QR code will carry (PUBLIC_SITE_URL, here the demo default).
    expect(await bar.textContent()).toContain(`紙面とQRコードのアドレス：${apps.web}/issues/5`)
    expect(await preview.locator('h1').first().textContent()).toBe('めざせ！ワンハート')
    // The bar is for the screen: the PDF link keeps the preview and the PDF has no bar.
    expect(await bar.getByRole('link', { name: 'PDFを開く' }).getAttribute('href')).toContain('standard.pdf?preview=')
    await preview.close()
  })

  it('warns in the preview when a draft plans fewer pages than the issue makes', async () => {
    const auth = { Authorization: `JWT ${await cmsToken(apps.cms, loginData)}`, 'content-type': 'application/json' }
    const found = (await (await fetch(`${apps.cms}/api/issues?where[number][equals]=5&depth=0`, { headers: auth })).json()) as { docs: { id: number }[] }
    const id = found.docs[0]?.id
    const saved = await fetch(`${apps.cms}/api/issues/${id}?draft=true`, { method: 'PATCH', headers: auth, body: JSON.stringify({ plannedPages: '2' }) })
    expect(saved.status).toBe(200)
    await page.goto(`${apps.cms}/admin/collections/issues/${id}`)
    const href = (await page.getByRole('link', { name: '白黒版' }).getAttribute('href')) ?? ''
    expect(await page.getByText('紙面（通常版）は 4ページ（予定 2ページ）：予定のページ数に収まっていません').count()).toBe(1)
    const preview = await (await fetch(href)).text()
    expect(preview).toContain('（予定 2ページ）')
    expect(preview).toContain('予定の2ページに収まっていません（4ページになります）')
    // The published issue still plans four pages: no warning without the draft.
    expect(await (await fetch(`${apps.print}/issues/5/mono`)).text()).not.toContain('収まっていません')
  })

  it('prints an event flyer as one A4 page, and refuses bad links with a clear message', async () => {
    const flyer = await fetch(`${apps.print}/events/1/flyer.pdf`)
    expect(flyer.status).toBe(200)
    expect(flyer.headers.get('content-type')).toBe('application/pdf')
    const missing = await fetch(`${apps.print}/events/99999/flyer.pdf`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('見つかりません')
    const forged = await fetch(`${apps.print}/issues/5/standard?preview=1.2.${'x'.repeat(43)}`)
    expect(forged.status).toBe(403)
    expect(await forged.text()).toContain('プレビューのリンクが正しくありません')
    const refresh = await fetch(`${apps.print}/jobs/refresh`, { method: 'POST' })
    expect(refresh.status).toBe(401)
  })

  it('lets the reader site link the current PDF of an issue', async () => {
    const html = await (await fetch(`${apps.web}/issues/5`)).text()
    expect(html).toContain(`${apps.print}/issues/5/standard.pdf`)
    expect((await fetch(`${apps.print}/issues/5/standard.pdf`, { method: 'HEAD' })).status).toBe(200)
  })
})
