import { launchChromium } from '@oneheart/chromium'
import { TEST_ADMIN } from '@oneheart/harness/testEnv'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminClient, logInToAdmin } from '../support/admin.ts'
import { axeViolations } from '../support/axe.ts'

const apps = inject('apps')

/** The admin's REST API as the test administrator: the answer, whatever its status. */
const adminApi = adminClient(apps.cms).request

/** Adds a block of the given kind at the end of the article's body, through the block drawer. */
async function addBlock(page: Page, label: string) {
  await page.getByRole('button', { name: 'ブロック を追加' }).last().click()
  await page.getByRole('button', { name: label, exact: true }).click()
}

/**
 * Issue 13's story body, built as a coordinator would in the Japanese admin: a step flow and a
 * survey box, put in the order of the paper, shown in that order on the site and on paper.
 */
describe('article blocks in the admin, on the site and on paper', () => {
  let browser: Browser
  const stamp = Date.now().toString(36)
  const title = `流れと囲みのある記事 ${stamp}`
  let id = 0
  let slug = ''

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('builds a step flow and a survey box, reorders them, and publishes', async () => {
    const page = await logInToAdmin(browser, apps.cms, TEST_ADMIN)
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(`${apps.cms}/admin/collections/articles/create`)
    await page.waitForURL(/\/articles\/\d+$/, { timeout: 30_000 })
    id = Number(/articles\/(\d+)/.exec(page.url())?.[1])
    await page.fill('#field-title', title)
    await page.locator('#field-kind').click()
    await page.getByRole('option', { name: '協議体の取り組み' }).click()

    await addBlock(page, '流れ（ステップ）')
    await page.fill('#field-blocks__0__title', 'これまでの歩み')
    for (const [index, step] of ['新しいメンバーが加わる', '勉強会', 'ほかの地区を見学'].entries()) {
      await page.getByRole('button', { name: 'ステップ を追加' }).click()
      await page.fill(`#field-blocks__0__steps__${index}__title`, step)
    }
    await addBlock(page, '囲み')
    await page.fill('#field-blocks__1__title', '前回のアンケートの声')
    await page.locator('#field-blocks__1__tone').click()
    await page.getByRole('option', { name: 'アンケートの声' }).click()
    await page.locator('#blocks-row-1 .rich-text-lexical [contenteditable="true"]').click()
    await page.keyboard.type('近くに集まれる場所がほしい')

    // On paper the box comes first: move it up.
    await page.locator('#blocks-row-1 .array-actions__button').click()
    await page.getByRole('button', { name: '上へ移動' }).click()

    await page.getByRole('button', { name: '変更内容を公開' }).click()
    await expect
      .poll(async () => ((await (await adminApi(`/api/articles/${id}?depth=0`)).json()) as { _status?: string })._status, { timeout: 20_000, interval: 500 })
      .toBe('published')
    const saved = (await (await adminApi(`/api/articles/${id}?depth=0`)).json()) as { slug: string; blocks: { blockType: string }[] }
    expect(saved.blocks.map((block) => block.blockType)).toEqual(['box', 'steps'])
    slug = saved.slug
    await page.context().close()
  })

  it('shows them in that order on the site, the steps as an ordered list, with no accessibility violation', async () => {
    const page = await browser.newPage()
    await expect.poll(async () => (await page.goto(`${apps.web}/articles/${slug}`))?.status(), { timeout: 20_000, interval: 1000 }).toBe(200)
    const body = await page.locator('.article-blocks').innerText()
    expect(body.indexOf('前回のアンケートの声')).toBeGreaterThanOrEqual(0)
    expect(body.indexOf('前回のアンケートの声')).toBeLessThan(body.indexOf('新しいメンバーが加わる'))
    // Without styles, and to assistive technology, the flow is a numbered list of its steps in order.
    const steps = page.locator('.step-flow').getByRole('list')
    expect(await steps.evaluate((list) => list.tagName)).toBe('OL')
    expect(await steps.getByRole('listitem').allInnerTexts()).toEqual(['新しいメンバーが加わる', '勉強会', 'ほかの地区を見学'])
    expect(await page.getByRole('complementary', { name: '前回のアンケートの声' }).count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('prints them in that order in the print preview of its issue', async () => {
    const number = 7000 + Math.floor(Math.random() * 900)
    const created = await adminApi('/api/issues?draft=true', {
      method: 'POST',
      body: JSON.stringify({ number, title: `第${number}号`, issuedOn: '令和9年2月', _status: 'draft' }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const issue = ((await created.json()) as { doc: { id: number } }).doc
    const moved = await adminApi(`/api/articles/${id}`, { method: 'PATCH', body: JSON.stringify({ issue: issue.id, position: 1 }) })
    expect(moved.status, await moved.clone().text()).toBe(200)
    const page = await logInToAdmin(browser, apps.cms, TEST_ADMIN)
    await page.goto(`${apps.cms}/admin/collections/issues/${issue.id}`)
    const href = (await page.getByRole('link', { name: '通常版' }).first().getAttribute('href')) ?? ''
    expect(href).toContain(`/issues/${number}/standard?preview=`)
    const html = await (await fetch(href)).text()
    expect(html).toContain('令和9年2月号')
    expect(html.indexOf('前回のアンケートの声')).toBeGreaterThan(0)
    expect(html.indexOf('前回のアンケートの声')).toBeLessThan(html.indexOf('新しいメンバーが加わる'))
    expect(html).toMatch(/<ol class="step-flow__steps">/)
    await page.context().close()
  })
})
