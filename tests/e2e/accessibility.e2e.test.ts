import { launchChromium } from '@oneheart/chromium'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations as violationsOn } from '../support/axe.ts'

const apps = inject('apps')

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
    await page.setContent(
      '<!doctype html><html lang="ja"><head><title>確認</title></head><body><main><h1>確認</h1><img src="/x.png"><a href="/"></a></main></body></html>',
    )
    const ids = (await violationsOn(page)).map((violation) => violation.id)
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name']))
    await context.close()
  })

  it.each([
    '/',
    '/issues',
    '/issues/4',
    '/articles/no1-nobuko-chanchi',
    '/activities',
    '/activities/nobuko-chanchi',
    '/councils',
    '/councils/city',
    '/councils/yawata',
    '/events',
    '/search',
    '/search?q=%E5%B1%85%E5%A0%B4%E6%89%80',
    '/no/such/page',
    '/articles/no-such-article',
    // The issues shaped like real ones: every kind of block, the layers cycle, a visit, an event inline.
    '/issues/8',
    '/issues/9',
    '/articles/no8-yawata-new-members',
    '/articles/no9-hokubu-otasuke',
    '/articles/no9-yaoya-one-year',
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
