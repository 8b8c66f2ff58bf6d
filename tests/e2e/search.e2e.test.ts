import { launchChromium } from '@oneheart/chromium'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

const apps = inject('apps')

/** The site's search as a reader uses it: a plain GET form first, suggestions where JavaScript runs. */
describe('search on the reader site', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('searches from the header without JavaScript, with a shareable URL and type tabs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP' })
    const page = await context.newPage()
    await page.goto(`${apps.web}/`)
    await page.getByLabel('サイト内をさがす').first().fill('居場所')
    await Promise.all([page.waitForURL(/\/search\?q=/), page.getByRole('button', { name: 'さがす' }).first().click()])
    expect(decodeURIComponent(page.url())).toContain('/search?q=居場所')
    expect(await page.locator('h2#results-heading').textContent()).toMatch(/「居場所」の検索結果：\d+件/)
    expect(await page.locator('.results mark').count()).toBeGreaterThan(0)

    await Promise.all([page.waitForURL(/type=activity/), page.locator('.result-tabs a', { hasText: '活動' }).click()])
    const tags = await page.locator('.results .tag').allTextContents()
    expect(tags.length).toBeGreaterThan(0)
    expect(new Set(tags)).toEqual(new Set(['活動']))
    await context.close()
  })

  it('finds kanji text from kana and several words from a pasted link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${apps.web}/search?q=${encodeURIComponent('いばしょ')}`)
    expect(await page.locator('.results a[href="/activities/ibasho-yawata"]').count()).toBe(1)
    await page.goto(`${apps.web}/search?q=${encodeURIComponent('助け合い　下大類')}`)
    expect(await page.locator('.results a[href="/activities/otagaisama-shimo-orui"]').count()).toBe(1)
    // A name typed in kana is marked where the title and the passage write it in kanji.
    await page.goto(`${apps.web}/search?q=${encodeURIComponent('しもおおるい')}`)
    expect(await page.locator('.results a[href="/activities/otagaisama-shimo-orui"] mark').allTextContents()).toEqual(['下大類'])
    expect(await page.locator('.results__snippet mark').allTextContents()).toContain('下大類')
    // A date as people write it finds that day's event.
    await page.goto(`${apps.web}/search?q=${encodeURIComponent('令和8年12月8日(火)')}`)
    expect(await page.locator('.results a[href="/events#exchange-2026"]').count()).toBe(1)
    await context.close()
  })

  it('helps when nothing matches and explains a query that is too long', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${apps.web}/search?q=${encodeURIComponent('居場所 ぬぬぬぬ')}`)
    expect(await page.getByText('見つかりませんでした').count()).toBe(1)
    expect(await page.locator('.notice a', { hasText: '居場所' }).count()).toBeGreaterThan(0)
    const response = await page.goto(`${apps.web}/search?q=${'あ'.repeat(150)}`)
    expect(response?.status()).toBe(200)
    expect(await page.getByRole('alert').textContent()).toContain('100文字')
    await page.goto(`${apps.web}/search`)
    expect(await page.getByText('ひらがなでも漢字でもさがせます').count()).toBe(1)
    await context.close()
  })

  it('suggests titles while the reader types, where JavaScript runs', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' })
    const page = await context.newPage()
    await page.goto(`${apps.web}/search`)
    await page.locator('#search-page-q').pressSequentially('のぶこ', { delay: 50 })
    await expect.poll(() => page.locator('#search-page-suggestions option').count(), { timeout: 10_000 }).toBeGreaterThan(0)
    const options = await page.locator('#search-page-suggestions option').evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value))
    expect(options.some((value) => value.includes('のぶこちゃんち'))).toBe(true)
    await context.close()
  })
})
