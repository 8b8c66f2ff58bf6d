import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { launchChromium } from '@oneheart/chromium'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

const apps = inject('apps')
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

type Violation = { id: string; help: string; nodes: { target: string[] }[] }

async function violationsOn(page: Page) {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    return result.violations.map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }))
  })
}

/** JIS X 8341-3 AA follows WCAG 2.x AA: axe-core must find nothing on any page type. */
describe('accessibility (axe-core, WCAG 2.x A and AA)', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('catches a violation when there is one (the check itself works)', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    // A static page of our own, so nothing redraws it while axe looks.
    await page.setContent('<!doctype html><html lang="ja"><head><title>確認</title></head><body><main><h1>確認</h1><img src="/x.png"><a href="/"></a></main></body></html>')
    const ids = (await violationsOn(page)).map((violation) => violation.id)
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name']))
    await context.close()
  })

  it.each([
    '/', '/issues', '/issues/4', '/articles/no1-nobuko-chanchi', '/activities', '/activities/nobuko-chanchi',
    '/councils', '/councils/city', '/councils/yawata', '/events', '/search', '/search?q=%E5%B1%85%E5%A0%B4%E6%89%80', '/no/such/page', '/articles/no-such-article',
  ])('%s has no violations', async (path) => {
    for (const contrast of ['normal', 'high']) {
      const context = await browser.newContext({ locale: 'ja-JP' })
      await context.addCookies([{ name: 'oh-contrast', value: contrast, url: apps.web }])
      const page = await context.newPage()
      const response = await page.goto(`${apps.web}${path}`)
      expect(response?.status()).toBe(/\/no[/-]such/.test(path) ? 404 : 200)
      expect(await violationsOn(page), `${path} (${contrast})`).toEqual([])
      await context.close()
    }
  })
})
