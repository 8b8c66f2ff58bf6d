import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { launchChromium } from '@oneheart/chromium'
import { TEST_ADMIN as loginData } from '@oneheart/harness/testEnv'
import { type Browser, type Page, request as playwrightRequest } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

const apps = inject('apps')

/**
 * Issue 2's promise, as a person would check it: the Japanese admin, a draft that the public
 * cannot see, publishing it, and finding it on the site; the print app's PDF.
 */
describe('foundation, end to end', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
    page = await (await browser.newContext({ locale: 'ja-JP' })).newPage()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the admin login in Japanese and logs in', async () => {
    await page.goto(`${apps.cms}/admin/login`)
    expect(await page.getAttribute('html', 'lang')).toBe('ja')
    await expect.poll(() => page.getByRole('button', { name: 'ログイン' }).count()).toBeGreaterThan(0)
    await page.fill('input[name="email"]', loginData.email)
    await page.fill('input[name="password"]', loginData.password)
    await page.getByRole('button', { name: 'ログイン' }).click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await expect.poll(() => page.getByText('SC通信（号）').count()).toBeGreaterThan(0)
  })

  it('opens a new article form with Japanese labels', async () => {
    await page.goto(`${apps.cms}/admin/collections/articles/create`)
    await expect.poll(() => page.getByText('記事の種類').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    expect(await page.getByText('見出し').count()).toBeGreaterThan(0)
    expect(await page.getByText('【目的】【経緯】【様子】【今後】【感想】').count()).toBe(0)
  })

  it('keeps a draft off the site, then shows it once published', async () => {
    // An API client authenticates with a token; Payload ignores cookies from non-browser clients (CSRF).
    const login = await page.request.post(`${apps.cms}/api/users/login`, { data: loginData })
    expect(login.status()).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const api = await playwrightRequest.newContext({ extraHTTPHeaders: { authorization: `JWT ${token}` } })
    const find = async (collection: string, slug: string) => {
      const response = await api.get(`${apps.cms}/api/${collection}?where[slug][equals]=${slug}&depth=0`)
      return ((await response.json()) as { docs: { id: number }[] }).docs[0]!.id
    }
    const [council, activity] = [await find('councils', 'yawata'), await find('activities', 'ibasho-yawata')]
    const slug = `e2e-${Date.now().toString(36)}`
    const created = await api.post(`${apps.cms}/api/articles?draft=true`, {
      data: {
        title: 'E2Eで書いた八幡の記事',
        kind: 'activity-report',
        slug,
        councils: [council],
        activities: [activity],
        blocks: [{ blockType: 'part', label: 'purpose', text: '試験のための記事です。' }],
        _status: 'draft',
      },
    })
    expect(created.status()).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id

    const hidden = await fetch(`${apps.web}/articles/${slug}`)
    expect(hidden.status).toBe(404)

    const published = await api.patch(`${apps.cms}/api/articles/${id}`, { data: { _status: 'published' } })
    expect(published.status()).toBe(200)

    await api.dispose()
    // Pages are cached; publishing tells the site to refresh them, within 2 seconds.
    await expect
      .poll(
        async () => {
          await page.goto(`${apps.web}/articles/${slug}`)
          return page.locator('h1').textContent()
        },
        { timeout: 2_000, interval: 200 },
      )
      .toBe('E2Eで書いた八幡の記事')
    const related = await page.locator('section[aria-labelledby="related"]').textContent()
    expect(related).toContain('八幡')
    expect(related).toContain('いばしょ八幡')
  })

  it('shows the admin in Japanese even to a browser that prefers English', async () => {
    const context = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'accept-language': 'en-US,en;q=0.9' } })
    const english = await context.newPage()
    await english.goto(`${apps.cms}/admin/login`)
    await expect.poll(() => english.getByRole('button', { name: 'ログイン' }).count()).toBeGreaterThan(0)
    await context.close()
  })

  it('lists published issues on the web, readable without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const plain = await context.newPage()
    await plain.goto(apps.web)
    expect(await plain.locator('#latest-heading').textContent()).toMatch(/^最新号：/)
    await plain.goto(`${apps.web}/issues`)
    expect(await plain.locator('h1').textContent()).toBe('バックナンバー')
    expect(await plain.locator('main .section-list li').count()).toBeGreaterThanOrEqual(6)
    expect(await plain.locator('main').textContent()).toContain('令和')
    await context.close()
  })

  it('prints an issue as an A4 PDF with embedded, selectable Japanese text', async () => {
    const response = await fetch(`${apps.print}/issues/1/standard.pdf`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'oneheart-pdf-')), 'issue1.pdf')
    writeFileSync(file, Buffer.from(await response.arrayBuffer()))
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/)
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    expect(fonts).toContain('BIZUDPGothic')
    expect(fonts).not.toContain('Type 3')
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('めざせ！ワンハート')
  })

  it('runs the example script against the CMS tRPC endpoint', () => {
    const root = path.resolve(import.meta.dirname, '..', '..')
    const output = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['examples/upcoming-sessions.ts', `${apps.cms}/api/trpc`], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(output).toContain('第2層協議体小規模情報交換会')
    expect(output).toMatch(/会場: .+　対象: /)
  })

  it('answers an unknown edition 400 and a missing issue 404', async () => {
    expect((await fetch(`${apps.print}/issues/1/poster.pdf`)).status).toBe(400)
    expect((await fetch(`${apps.print}/issues/9999/standard.pdf`)).status).toBe(404)
    expect((await fetch(`${apps.print}/issues/0/standard`)).status).toBe(400)
  })
})
