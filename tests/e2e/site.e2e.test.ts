import { launchChromium } from '@oneheart/chromium'
import { TEST_ADMIN } from '@oneheart/harness/testEnv'
import { type Browser, type BrowserContext, request as playwrightRequest } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cmsToken } from '../support/admin.ts'
import { publishUnpublishDeleteEverywhere } from '../support/everyPath.ts'

const apps = inject('apps')

/** The reader site's pages, as an older reader on a phone with JavaScript off would use them. */
describe('reader site pages', () => {
  let browser: Browser
  let context: BrowserContext

  beforeAll(async () => {
    browser = await launchChromium()
    context = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP', viewport: { width: 390, height: 844 } })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each([
    ['/', 'めざせ！ワンハート'],
    ['/issues', 'バックナンバー'],
    ['/issues/4', ''],
    ['/articles/no1-nobuko-chanchi', ''],
    ['/activities', '地域の居場所・助け合い活動'],
    ['/activities?council=yawata&kind=gathering-place', '地域の居場所・助け合い活動'],
    ['/activities/nobuko-chanchi', 'のぶこちゃんち'],
    ['/councils', '協議体'],
    ['/councils/yawata', '八幡'],
    ['/events', 'イベント'],
    ['/search?q=%E5%B1%85%E5%A0%B4%E6%89%80', 'サイト内検索'],
  ])('serves %s without JavaScript, with one h1 and the site navigation', async (path, heading) => {
    const page = await context.newPage()
    const response = await page.goto(`${apps.web}${path}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').count()).toBe(1)
    if (heading) expect(await page.locator('h1').textContent()).toContain(heading)
    expect(await page.getByRole('navigation', { name: 'サイトの案内' }).getByRole('link').count()).toBe(6)
    await page.close()
  })

  it('groups back issues by fiscal year in both calendars', async () => {
    const page = await context.newPage()
    await page.goto(`${apps.web}/issues`)
    const years = await page.locator('h2').allTextContents()
    expect(years).toContain('令和7年度（2025年度）')
    await page.close()
  })

  it('answers an unknown address 404 in plain Japanese with ways to go on, without JavaScript', async () => {
    const page = await context.newPage()
    const response = await page.goto(`${apps.web}/no/such/page`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('ページが見つかりません')
    expect(await page.getByRole('link', { name: 'ホームにもどる' }).count()).toBe(1)
    await page.close()
  })

  it.each(['/articles/no-such-article', '/issues/999', '/issues/0', '/activities/no-such-activity', '/councils/no-such-council', '/articles/Not_A_Slug'])(
    'answers %s 404 inside the site layout, readable without JavaScript',
    async (path) => {
      const page = await context.newPage()
      const response = await page.goto(`${apps.web}${path}`)
      expect(response?.status()).toBe(404)
      expect(await page.locator('h1').allTextContents()).toEqual(['ページが見つかりません'])
      expect(await page.title()).toBe('ページが見つかりません | めざせ！ワンハート')
      expect(await page.getAttribute('html', 'lang')).toBe('ja')
      expect(await page.getByRole('navigation', { name: 'サイトの案内' }).count()).toBe(1)
      expect(await page.getByRole('link', { name: 'バックナンバーを見る' }).count()).toBe(1)
      await page.close()
    },
  )

  it('keeps the not-found page once JavaScript has run', async () => {
    const withScripts = await browser.newContext({ locale: 'ja-JP' })
    const page = await withScripts.newPage()
    const response = await page.goto(`${apps.web}/articles/no-such-article`, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').allTextContents()).toEqual(['ページが見つかりません'])
    await withScripts.close()
  })

  it('sends a reader back from a setting only to a page of this site, and stores only known choices', async () => {
    const settings = (query: string, referer?: string) => fetch(`${apps.web}/settings?${query}`, { redirect: 'manual', headers: referer ? { referer } : {} })
    // Absolute, on this site's origin: the path can never be read as another host (issue 16).
    const site = new URL(apps.web).origin
    expect((await settings('size=large&back=/issues/4')).headers.get('location')).toBe(`${site}/issues/4`)
    expect((await settings('size=large', `${apps.web}/councils?x=1`)).headers.get('location')).toBe(`${site}/councils?x=1`)
    for (const back of ['//evil.example/', '/\\evil.example/', 'https://evil.example/', 'javascript:alert(1)']) {
      expect((await settings(`size=large&back=${encodeURIComponent(back)}`)).headers.get('location'), back).toBe(`${site}/`)
    }
    for (const back of ['/.//evil.example/phish', '/..//evil.example', `${site}//evil.example`, `${site}/\\evil.example`]) {
      const location = (await settings(`size=large&back=${encodeURIComponent(back)}`)).headers.get('location')!
      expect(new URL(location).origin, back).toBe(site)
      expect(new URL(location).pathname, back).not.toMatch(/^[/\\]{2}/)
    }
    expect((await settings('size=large', 'https://evil.example/page')).headers.get('location')).toBe(`${site}/`)
    const stored = await settings('size=toString&contrast=high')
    expect(stored.headers.getSetCookie()).toEqual([expect.stringMatching(/^oh-contrast=high;/)])
  })

  it('remembers a larger text size and high contrast without JavaScript', async () => {
    const page = await context.newPage()
    await page.goto(`${apps.web}/councils`)
    // The settings are folded behind one control, which opens without JavaScript.
    await page.locator('details.reader-settings > summary').click()
    await page.getByRole('link', { name: 'もっと大きく' }).click()
    await page.waitForURL(`${apps.web}/councils`)
    expect(await page.getAttribute('html', 'class')).toContain('text-larger')
    await page.locator('details.reader-settings > summary').click()
    await page.getByRole('link', { name: '白黒はっきり' }).click()
    await page.goto(`${apps.web}/issues`)
    expect(await page.getAttribute('html', 'class')).toBe('text-larger contrast-high')
    await page.close()
  })

  it.each(['standard', 'large', 'larger'])('keeps each menu label on one line on a phone, in %s text', async (size) => {
    const reader = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP', viewport: { width: 390, height: 844 } })
    await reader.addCookies([{ name: 'oh-text-size', value: size, url: apps.web }])
    const page = await reader.newPage()
    await page.goto(`${apps.web}/`)
    expect(await page.getAttribute('html', 'class')).toContain(`text-${size}`)
    // A label's text laid out on more than one line has more than one box.
    const lines = await page
      .getByRole('navigation', { name: 'サイトの案内' })
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((link) => {
          const text = document.createRange()
          text.selectNodeContents(link)
          return { label: link.textContent, lines: text.getClientRects().length }
        }),
      )
    expect(lines).toHaveLength(6)
    expect(lines.filter((each) => each.lines !== 1)).toEqual([])
    await reader.close()
  })

  it('shows furigana over kanji when the reader asks, hidden from screen readers', async () => {
    const reader = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP' })
    const page = await reader.newPage()
    await page.goto(`${apps.web}/articles/no1-nobuko-chanchi`)
    expect(await page.locator('article ruby').count()).toBe(0)
    await page.locator('details.reader-settings > summary').click()
    await page.getByRole('link', { name: 'あり' }).click()
    await page.waitForURL(`${apps.web}/articles/no1-nobuko-chanchi`)
    expect(await page.locator('article ruby').count()).toBeGreaterThan(10)
    const hidden = await page.locator('article rt').evaluateAll((nodes) => nodes.every((node) => node.getAttribute('aria-hidden') === 'true'))
    expect(hidden).toBe(true)
    // The title still reads as written once the readings are set aside.
    const title = await page.locator('h1').evaluate((node) => {
      const clone = node.cloneNode(true) as HTMLElement
      for (const reading of clone.querySelectorAll('rt, rp')) reading.remove()
      return clone.textContent
    })
    expect(title).toBe('ご自宅の縁側がみんなの居場所に「のぶこちゃんち」')
    // The rich-text body and the photo captions carry readings too, not only the labelled parts.
    await page.goto(`${apps.web}/articles/no1-yawata-new-members`)
    expect(await page.locator('.payload-richtext ruby').count()).toBeGreaterThan(10)
    expect(await page.locator('figcaption ruby').count()).toBeGreaterThan(0)
    // Local names read as the CMS's よみがな says, not as the dictionary guesses.
    expect(await page.locator('.payload-richtext ruby', { hasText: '八幡' }).first().locator('rt').textContent()).toBe('やわた')
    await reader.close()
  })

  it('links an article to its neighbours in the issue, its issue and its PDF, and offers read-aloud with JavaScript', async () => {
    const page = await context.newPage()
    await page.goto(`${apps.web}/issues/4`)
    // Each article of the issue is shown in full, its title linking to its own page.
    const articles = await page.locator('.issue > article h2 a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))
    expect(articles.length).toBeGreaterThan(2)
    expect(await page.locator('a[href$="/issues/4/standard.pdf"]').count()).toBe(1)
    await page.goto(`${apps.web}${articles[1]}`)
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe(articles[0])
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(articles[2])
    expect(await page.getByRole('button', { name: 'この記事を読み上げる' }).count()).toBe(0)
    await page.close()
    const scripted = await browser.newContext({ locale: 'ja-JP' })
    const withScripts = await scripted.newPage()
    await withScripts.goto(`${apps.web}${articles[1]}`)
    const speech = await withScripts.evaluate(() => 'speechSynthesis' in window)
    await expect.poll(() => withScripts.getByRole('button', { name: 'この記事を読み上げる' }).count()).toBe(speech ? 1 : 0)
    await scripted.close()
  })

  it('shows a change published in the CMS within 2 seconds, on the page and in search', async () => {
    const cms = await playwrightRequest.newContext({ extraHTTPHeaders: { authorization: `JWT ${await cmsToken(apps.cms, TEST_ADMIN)}` } })
    const issue = ((await (await cms.get(`${apps.cms}/api/issues?where[number][equals]=5&depth=0`)).json()) as { docs: { id: number; greeting: string }[] })
      .docs[0]!
    const marker = `ひまわり${Date.now().toString(36)}`
    expect(await (await fetch(`${apps.web}/issues/5`)).text()).not.toContain(marker)
    try {
      expect((await cms.patch(`${apps.cms}/api/issues/${issue.id}`, { data: { greeting: `${issue.greeting}${marker}` } })).status()).toBe(200)
      const published = Date.now()
      await expect.poll(async () => (await (await fetch(`${apps.web}/issues/5`)).text()).includes(marker), { timeout: 2_000, interval: 100 }).toBe(true)
      await expect
        .poll(async () => (await (await fetch(`${apps.web}/search?q=${encodeURIComponent(marker)}`)).text()).includes('href="/issues/5"'), {
          timeout: 2_000,
          interval: 100,
        })
        .toBe(true)
      expect(Date.now() - published).toBeLessThan(2_000)
    } finally {
      await cms.patch(`${apps.cms}/api/issues/${issue.id}`, { data: { greeting: issue.greeting } })
      await cms.dispose()
    }
  })

  it('shows a renamed activity in the directory within 2 seconds, filtered or not', async () => {
    const cms = await playwrightRequest.newContext({ extraHTTPHeaders: { authorization: `JWT ${await cmsToken(apps.cms, TEST_ADMIN)}` } })
    const activity = (
      (await (await cms.get(`${apps.cms}/api/activities?where[slug][equals]=ibasho-yawata&depth=0`)).json()) as { docs: { id: number; name: string }[] }
    ).docs[0]!
    const directory = `${apps.web}/activities`
    const filtered = `${apps.web}/activities?council=yawata&kind=gathering-place`
    // Both pages read the directory through the site's cache first.
    for (const url of [directory, filtered]) expect(await (await fetch(url)).text()).toContain(activity.name)
    const renamed = `${activity.name}（${Date.now().toString(36)}）`
    try {
      expect((await cms.patch(`${apps.cms}/api/activities/${activity.id}`, { data: { name: renamed } })).status()).toBe(200)
      const changed = Date.now()
      for (const url of [directory, filtered]) {
        await expect.poll(async () => (await (await fetch(url)).text()).includes(renamed), { timeout: 2_000, interval: 100 }).toBe(true)
      }
      expect(Date.now() - changed).toBeLessThan(2_000)
    } finally {
      await cms.patch(`${apps.cms}/api/activities/${activity.id}`, { data: { name: activity.name } })
      await cms.dispose()
    }
  })

  it('shows a published, an unpublished and a deleted issue on every path within 2 s', async () => {
    await publishUnpublishDeleteEverywhere({ webs: [apps.web], cmsApis: [apps.cms], print: apps.print, cmsToWrite: apps.cms })
  })

  it('offers each event session as a calendar file', async () => {
    const response = await fetch(`${apps.web}/api/events/exchange-2026/sessions/1.ics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/calendar')
    const text = await response.text()
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(text).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/)
    expect(text).toContain('SUMMARY:')
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect((await fetch(`${apps.web}/api/events/exchange-2026/sessions/99.ics`)).status).toBe(404)
    // The address before the endpoints moved under /api/ still leads there.
    const moved = await fetch(`${apps.web}/events/exchange-2026/sessions/1.ics`, { redirect: 'manual' })
    expect(moved.status).toBe(308)
    expect(new URL(moved.headers.get('location') ?? '', apps.web).pathname).toBe('/api/events/exchange-2026/sessions/1.ics')
  })

  it("lists a session's invited councils one by one, so 中央・南・城南 reads as one council, with their count", async () => {
    const html = await (await fetch(`${apps.web}/events`)).text()
    for (const name of ['中央・南・城南', '北・東・西', '佐野']) expect(html).toContain(`<li class="council-list__item">${name}</li>`)
    expect(html).toContain('（7協議体）')
    expect(html).not.toContain('中央・南・城南・北・東・西')
  })

  it('publishes a feed, a sitemap and robots.txt', async () => {
    const feed = await fetch(`${apps.web}/feed.xml`)
    expect(feed.headers.get('content-type')).toContain('application/atom+xml')
    const xml = await feed.text()
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    expect(xml.match(/<entry>/g)?.length).toBeGreaterThan(5)
    const sitemap = await (await fetch(`${apps.web}/sitemap.xml`)).text()
    expect(sitemap).toContain('/articles/no1-nobuko-chanchi</loc>')
    expect(sitemap).toContain('/activities/nobuko-chanchi</loc>')
    const robots = await (await fetch(`${apps.web}/robots.txt`)).text()
    expect(robots).toContain('Sitemap:')
  })
})
