import { launchChromium } from '@oneheart/chromium'
import { TEST_ADMIN } from '@oneheart/harness/testEnv'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cmsToken } from '../support/admin.ts'
import { axeViolations } from '../support/axe.ts'
import { type BackIssuePage, backIssueData, pageImage, pdfOfImages } from '../support/backIssue.ts'

const apps = inject('apps')
// Lower-case letters and digits, so search keeps the marker whole.
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.replace(/[^a-z0-9]/g, 'x')
const shown = `kakonogo${run}`
const hidden = `shitagaki${run}`

// Page 2 as an OCR of a two-column page reads: lines cut at the column's edge, a label per part.
const PAGE_TWO = [
  '八幡地区　ふれあいサロン「ひまわり」',
  '',
  '【目的】ひとり暮らしの高齢者が気軽に集まれる場所をつくるため、地域の',
  '方々と話し合いを重ねて始めました。',
  `【様子】当日は二十名ほどが集まり、お茶を飲みながら昔の話に花が咲きま`,
  `した。${shown}`,
].join('\n')

/**
 * Issue 15 on the reader site: a back issue (過去の号) imported from a PDF, published through
 * the CMS's REST API as the importer leaves it, read by a browser without JavaScript: the mark,
 * the original PDF, each page (#p2) with its thumbnail and its text as paragraphs, the archive's
 * mark, the article's link to its page, its search snippet; and a draft back issue nowhere.
 */
describe('back issues on the reader site', () => {
  let browser: Browser
  let reader: BrowserContext
  let token = ''
  const made: { collection: 'media' | 'issues' | 'articles'; id: number }[] = []
  const number = 5000 + Math.floor(Math.random() * 900)
  const draftNumber = number + 1
  let pdfUrl = ''
  let articleSlug = ''

  async function call<T>(method: string, route: string, body?: unknown): Promise<T> {
    const form = body instanceof FormData
    const response = await fetch(`${apps.cms}/api/${route}`, {
      method,
      headers: { authorization: `JWT ${token}`, ...(body && !form ? { 'content-type': 'application/json' } : {}) },
      body: form ? body : body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${await response.text()}`)
    return (await response.json()) as T
  }

  async function upload(data: Buffer, name: string, type: string, alt: string) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(data)], { type }), name)
    form.append('_payload', JSON.stringify({ alt }))
    const { doc } = await call<{ doc: { id: number; url: string } }>('POST', 'media', form)
    made.push({ collection: 'media', id: doc.id })
    return doc
  }

  async function createIssue(issueNumber: number, status: 'published' | 'draft', pages: BackIssuePage[], pdf: number) {
    const data = backIssueData({ number: issueNumber, title: `第${issueNumber}号`, issuedOn: '2025-08', pdf, pages })
    const { doc } = await call<{ doc: { id: number } }>('POST', `issues${status === 'draft' ? '?draft=true' : ''}`, { ...data, _status: status })
    made.push({ collection: 'issues', id: doc.id })
    return doc
  }

  beforeAll(async () => {
    token = await cmsToken(apps.cms, TEST_ADMIN)
    const images = await Promise.all([1, 2, 3].map(pageImage))
    const [one, two, secret] = await Promise.all(
      images.map((image, index) => upload(image, `page-${run}-${index + 1}.png`, 'image/png', `${index + 1}ページの紙面`)),
    )
    const original = await upload(pdfOfImages(images.slice(0, 2)), `original-${run}.pdf`, 'application/pdf', '元の紙面')
    pdfUrl = original.url

    const issue = await createIssue(
      number,
      'published',
      [
        {
          number: 1,
          text: 'めざせ！ワンハート\n令和7年8月号\n\nみなさまへ\n暑い日が続きます。',
          ocr: false,
          confidence: null,
          needsReview: false,
          thumbnail: one!.id,
        },
        { number: 2, text: PAGE_TWO, ocr: true, confidence: 58, needsReview: true, thumbnail: two!.id },
      ],
      original.id,
    )
    const { doc: article } = await call<{ doc: { id: number; slug: string } }>('POST', 'articles', {
      title: 'ふれあいサロン「ひまわり」',
      kind: 'activity-report',
      issue: issue.id,
      position: 1,
      sourcePage: 2,
      blocks: [
        { blockType: 'part', label: 'purpose', text: 'ひとり暮らしの高齢者が気軽に集まれる場所をつくるため、地域の方々と話し合いを重ねて始めました。' },
        { blockType: 'part', label: 'scene', text: `当日は二十名ほどが集まり、お茶を飲みながら昔の話に花が咲きました。${shown}` },
      ],
      _status: 'published',
    })
    made.push({ collection: 'articles', id: article.id })
    articleSlug = article.slug
    await createIssue(
      draftNumber,
      'draft',
      [{ number: 1, text: `${hidden}\n下書きのページです。`, ocr: true, confidence: 40, needsReview: true, thumbnail: secret!.id }],
      original.id,
    )

    browser = await launchChromium()
    reader = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP' })
    // Publishing revalidates the site's cache shortly after the write.
    const deadline = Date.now() + 20_000
    while ((await fetch(`${apps.web}/issues/${number}`)).status !== 200) {
      if (Date.now() > deadline) throw new Error(`the site did not show 第${number}号 within 20 s of publishing`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  })
  // Other browser tests list issues and search: leave nothing behind.
  afterAll(async () => {
    await browser?.close()
    for (const { collection, id } of [...made].reverse()) await call('DELETE', `${collection}/${id}`).catch(() => {})
  })

  it('marks the issue as a back issue, says how its text was read, and links the original PDF with its size', async () => {
    const page = await reader.newPage()
    await page.goto(`${apps.web}/issues/${number}`)
    expect(await page.locator('h1').textContent()).toBe(`第${number}号`)
    const masthead = page.locator('h1 + p')
    expect(await masthead.locator('.back-issue-mark').textContent()).toBe('過去の号')
    expect(await masthead.locator('time').textContent()).toBe('令和7年8月号')
    const notice = await page.locator('.back-issue .notice').textContent()
    expect(notice).toContain('紙で発行した号のPDFから文字を読み取って')
    expect(notice).toContain('読み取りの誤りがあるかもしれません')
    const pdfLink = page.getByRole('link', { name: /^元の紙面（PDF、\d+(?:\.\d)?(?:B|KB|MB)）$/ })
    expect(await pdfLink.getAttribute('href')).toBe(pdfUrl)
    const pdf = await fetch(new URL(pdfUrl, apps.cms))
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect((await pdf.arrayBuffer()).byteLength).toBeGreaterThan(0)
    // A back issue is its original: no reprint from the print app is offered.
    expect(await page.getByText('紙の版（PDF）').count()).toBe(0)
    await page.close()
  })

  it('gives each page a section (#p2) with a heading, a thumbnail that opens the PDF, and its text as paragraphs', async () => {
    const page = await reader.newPage()
    await page.goto(`${apps.web}/issues/${number}#p2`)
    expect(await page.locator('.back-issue-page').evaluateAll((sections) => sections.map((section) => section.id))).toEqual(['p1', 'p2'])
    const two = page.getByRole('region', { name: '2ページ' })
    expect(await two.getAttribute('id')).toBe('p2')
    expect(await two.locator('h2').textContent()).toBe('2ページ')
    expect(await two.locator('.back-issue-page__text p').allTextContents()).toEqual([
      '八幡地区　ふれあいサロン「ひまわり」',
      '【目的】ひとり暮らしの高齢者が気軽に集まれる場所をつくるため、地域の方々と話し合いを重ねて始めました。',
      `【様子】当日は二十名ほどが集まり、お茶を飲みながら昔の話に花が咲きました。${shown}`,
    ])
    expect(await two.textContent()).toContain('画像から文字を読み取りました')
    expect(await page.getByRole('region', { name: '1ページ' }).textContent()).not.toContain('画像から文字を読み取りました')

    const thumbnail = two.getByRole('img', { name: '2ページの紙面（元のPDFを開きます）' })
    expect(await thumbnail.count()).toBe(1)
    expect(await thumbnail.locator('xpath=ancestor::a').getAttribute('href')).toBe(`${pdfUrl}#page=2`)
    const picture = await fetch(new URL((await thumbnail.getAttribute('src'))!, apps.web))
    expect(picture.status).toBe(200)
    expect(picture.headers.get('content-type')).toBe('image/png')
    expect(await page.getByRole('img', { name: /^1ページの紙面/ }).count()).toBe(1)

    // The contents name the article and the page it starts on.
    const contents = page.getByRole('navigation', { name: 'この号の記事' })
    expect(await contents.getByRole('link', { name: 'ふれあいサロン「ひまわり」' }).getAttribute('href')).toBe(`/articles/${articleSlug}`)
    expect(await contents.getByRole('link', { name: '2ページ' }).getAttribute('href')).toBe('#p2')
    await page.close()
  })

  it('reads with the site’s larger text and furigana, and has no accessibility violation', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' })
    const host = new URL(apps.web).hostname
    await context.addCookies([
      { name: 'oh-text-size', value: 'larger', domain: host, path: '/' },
      { name: 'oh-furigana', value: 'on', domain: host, path: '/' },
    ])
    const page = await context.newPage()
    await page.goto(`${apps.web}/issues/${number}`)
    expect(await page.getAttribute('html', 'class')).toContain('text-larger')
    expect(await page.locator('#p2 .back-issue-page__text ruby').count()).toBeGreaterThan(3)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('marks the back issue in the archive, and only it', async () => {
    const page = await reader.newPage()
    await page.goto(`${apps.web}/issues`)
    const item = page.locator('li', { has: page.locator(`a[href="/issues/${number}"]`) })
    expect(await item.locator('.back-issue-mark').textContent()).toBe('過去の号')
    expect(await item.locator('time').textContent()).toBe('令和7年8月号')
    const seeded = page.locator('li', { has: page.locator('a[href="/issues/4"]') })
    expect(await seeded.count()).toBe(1)
    expect(await seeded.locator('.back-issue-mark').count()).toBe(0)
    await page.close()
  })

  it('links the article to the page of the original it starts on', async () => {
    const page = await reader.newPage()
    await page.goto(`${apps.web}/articles/${articleSlug}`)
    const link = page.getByRole('link', { name: `第${number}号（過去の号）の2ページから` })
    expect(await link.getAttribute('href')).toBe(`/issues/${number}#p2`)
    await Promise.all([page.waitForURL(`${apps.web}/issues/${number}#p2`), link.click()])
    expect(await page.locator('#p2 h2').textContent()).toBe('2ページ')
    await page.close()
  })

  it('finds the article in search with a snippet that marks the word', async () => {
    const page = await reader.newPage()
    await page.goto(`${apps.web}/search?q=${shown}`)
    const result = page.locator('.results li', { has: page.locator(`a[href="/articles/${articleSlug}"]`) })
    expect(await result.count()).toBe(1)
    const snippet = result.locator('.results__snippet')
    expect(await snippet.textContent()).toContain('お茶を飲みながら')
    expect(await snippet.locator('mark').allTextContents()).toEqual([shown])
    await page.close()
  })

  it('serves nothing of a draft back issue: no page, no text, no listing, no API answer', async () => {
    const page = await reader.newPage()
    expect((await page.goto(`${apps.web}/issues/${draftNumber}`))?.status()).toBe(404)
    expect(await page.content()).not.toContain(hidden)
    await page.goto(`${apps.web}/issues`)
    expect(await page.locator(`a[href="/issues/${draftNumber}"]`).count()).toBe(0)
    await page.goto(`${apps.web}/search?q=${hidden}`)
    expect(await page.locator('.results li').count()).toBe(0)
    await page.close()
    const answer = await fetch(`${apps.cms}/api/trpc/issues.byNumber?input=${encodeURIComponent(JSON.stringify({ number: draftNumber }))}`)
    expect(answer.status).toBe(404)
    expect(await answer.text()).not.toContain(hidden)
    const list = await fetch(`${apps.cms}/api/issues?where[number][equals]=${draftNumber}&depth=0`)
    expect(await list.text()).not.toContain(hidden)
  })
})
