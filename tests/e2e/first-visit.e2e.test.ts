import { launchChromium } from '@oneheart/chromium'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

const apps = inject('apps')

/**
 * A first visit on a phone (issue 18): the page paints before anything else it wants, the web
 * font (BIZ UDPGothic) comes after, no JavaScript file is fetched, and no other page before the
 * reader asks.
 */
describe('a first visit on a phone', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  const bodyFont = (page: Page) => page.evaluate(() => getComputedStyle(document.body).fontFamily)

  it('keeps @font-face out of the stylesheets a page links, so nothing of the font blocks its first paint', async () => {
    const html = await (await fetch(`${apps.web}/issues/4`)).text()
    const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map((match) => match[0])
    const linked = stylesheets.filter((tag) => !/\/fonts\//.test(tag)).map((tag) => /href="([^"]+)"/.exec(tag)?.[1] as string)
    expect(linked.length).toBeGreaterThan(0)
    for (const href of linked) expect(await (await fetch(new URL(href, apps.web))).text()).not.toContain('@font-face')
    // The only link to the font's stylesheet is the one for readers without JavaScript.
    expect(html).toMatch(/<noscript><link rel="stylesheet" href="\/fonts\/biz-udpgothic-[\d.]+\/400\.css"/)
  })

  it('paints in the system font first, then loads the font and switches the whole page to it at once', async () => {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${apps.web}/issues/4`)
    await page.waitForFunction(() => document.documentElement.dataset.font === 'web', undefined, { timeout: 15_000 })
    const timing = await page.evaluate(() => ({
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      fontStylesheet: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/400.css'))?.startTime,
      fontFiles: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.woff2'))
        .map((entry) => entry.startTime),
      heading: document.querySelector('h1')?.textContent ?? '',
    }))
    expect(timing.firstContentfulPaint).toBeGreaterThan(0)
    expect(timing.fontStylesheet).toBeGreaterThan(timing.firstContentfulPaint as number)
    expect(timing.fontFiles.length).toBeGreaterThan(0)
    for (const start of timing.fontFiles) expect(start).toBeGreaterThan(timing.firstContentfulPaint as number)
    expect(await bodyFont(page)).toMatch(/^"BIZ UDPGothic"/)
    // The page's whole text is in the subsets that were loaded (the server named them in the
    // loader's sample), not left to arrive one by one.
    expect(await page.evaluate(() => document.getElementById('web-font-loader')?.dataset.fontSample?.length ?? 0)).toBeGreaterThan(5)
    expect(await page.evaluate((text) => document.fonts.check('1em "BIZ UDPGothic"', text), timing.heading)).toBe(true)
    expect(await page.evaluate(() => document.fonts.check('1em "BIZ UDPGothic"', document.body.innerText))).toBe(true)

    // Every page is a new document. The next one is drawn in the font from its first paint:
    // this browser has loaded it, so the font's stylesheet is added from <head> and holds the paint.
    await context.addInitScript(() => {
      new PerformanceObserver((list, observer) => {
        if (!list.getEntriesByName('first-contentful-paint').length) return
        observer.disconnect()
        const heading = document.querySelector('h1')?.textContent ?? ''
        document.documentElement.dataset.fontAtFirstPaint = getComputedStyle(document.body).fontFamily
        document.documentElement.dataset.glyphsAtFirstPaint = String(document.fonts.check('1em "BIZ UDPGothic"', heading))
      }).observe({ type: 'paint', buffered: true })
    })
    await Promise.all([page.waitForURL(/\/councils$/), page.getByRole('navigation', { name: 'サイトの案内' }).getByRole('link', { name: '協議体' }).click()])
    await page.waitForFunction(() => document.documentElement.dataset.fontAtFirstPaint !== undefined, undefined, { timeout: 15_000 })
    expect(await page.evaluate(() => document.documentElement.dataset.fontAtFirstPaint)).toMatch(/^"BIZ UDPGothic"/)
    expect(await page.evaluate(() => document.documentElement.dataset.glyphsAtFirstPaint)).toBe('true')
    expect(await page.locator('link[href*="/fonts/"][rel="stylesheet"]').count()).toBe(1)
    expect(await page.locator('head link#web-font[blocking="render"]').count()).toBe(1)
    await context.close()
  })

  it('fetches no script file and no other page until the reader follows a link, then that page alone', async () => {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    const fetched: { path: string; type: string }[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.origin === new URL(apps.web).origin) fetched.push({ path: `${url.pathname}${url.search}`, type: request.resourceType() })
    })
    await page.goto(`${apps.web}/`, { waitUntil: 'networkidle' })
    await page.waitForFunction(() => document.documentElement.dataset.font === 'web', undefined, { timeout: 15_000 })
    await page.waitForTimeout(1_000)
    // The home page links six sections and the latest issue's articles; none is fetched unasked,
    // nor is any JavaScript: the page's own scripts are inline, React does not run here.
    expect(fetched.filter((each) => each.type === 'document').map((each) => each.path)).toEqual(['/'])
    expect(fetched.filter((each) => each.type === 'script' || each.type === 'fetch' || each.path.includes('_rsc'))).toEqual([])
    await Promise.all([
      page.waitForURL(/\/issues$/),
      page.getByRole('navigation', { name: 'サイトの案内' }).getByRole('link', { name: 'バックナンバー' }).click(),
    ])
    await page.waitForLoadState('networkidle')
    expect(fetched.filter((each) => each.type === 'document').map((each) => each.path)).toEqual(['/', '/issues'])
    expect(fetched.filter((each) => each.type === 'script' || each.path.includes('_rsc'))).toEqual([])
    await context.close()
  })

  it('uses the font without JavaScript too, through the stylesheet in <noscript>', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP' })
    const page = await context.newPage()
    await page.goto(`${apps.web}/articles/no1-nobuko-chanchi`, { waitUntil: 'load' })
    expect(await bodyFont(page)).toMatch(/^"BIZ UDPGothic"/)
    await context.close()
  })

  it('serves the font under a versioned folder, cached for a year, every subset its stylesheet names', async () => {
    const html = await (await fetch(`${apps.web}/`)).text()
    const stylesheet = /href="(\/fonts\/biz-udpgothic-[\d.]+\/400\.css)"/.exec(html)?.[1] as string
    const response = await fetch(new URL(stylesheet, apps.web))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const css = await response.text()
    const files = [...css.matchAll(/url\(\.\/([\w-]+\.woff2)\)/g)].map((match) => match[1] as string)
    expect(files.length).toBeGreaterThan(100)
    expect(css).not.toContain('.woff)')
    for (const file of files) {
      const font = await fetch(new URL(file, new URL(stylesheet, apps.web)))
      expect(font.status, file).toBe(200)
      expect(font.headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable')
      await font.arrayBuffer()
    }
  })
})
