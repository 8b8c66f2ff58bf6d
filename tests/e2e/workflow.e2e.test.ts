import { launchChromium } from '@oneheart/chromium'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminClient, cmsToken, logInToAdmin } from '../support/admin.ts'

const apps = inject('apps')
const PASSWORD = 'workflow-password-123'

/** The admin's REST API as the test administrator: the answer, whatever its status. */
const adminApi = adminClient(apps.cms).request

const logIn = (browser: Browser, email: string): Promise<Page> => logInToAdmin(browser, apps.cms, { email, password: PASSWORD })

/** Issue 7 as the people in it live it: a contributor writes and submits, an editor checks and publishes, readers see it. */
describe('editorial workflow in the Japanese admin', () => {
  let browser: Browser
  const stamp = Date.now().toString(36)
  const contributor = `contributor-${stamp}@example.jp`
  const editor = `editor-${stamp}@example.jp`
  const title = `寄稿者が書いた八幡の記事 ${stamp}`

  beforeAll(async () => {
    browser = await launchChromium()
    const councils = (await (await adminApi('/api/councils?where[slug][equals]=yawata&depth=0')).json()) as { docs: { id: number }[] }
    for (const [email, role] of [
      [contributor, 'contributor'],
      [editor, 'editor'],
    ] as const) {
      const created = await adminApi('/api/users', {
        method: 'POST',
        body: JSON.stringify({
          email,
          password: PASSWORD,
          name: role === 'editor' ? '編集 花子' : '寄稿 太郎',
          role,
          councils: role === 'contributor' ? [councils.docs[0]?.id] : [],
        }),
      })
      expect(created.status, await created.clone().text()).toBe(201)
    }
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('lets a contributor write a draft for their council and submit it for review', async () => {
    const page = await logIn(browser, contributor)
    await page.goto(`${apps.cms}/admin/collections/articles/create`)
    // Autosave creates the draft as soon as the form opens.
    await page.waitForURL(/\/articles\/\d+$/, { timeout: 30_000 })
    await page.fill('#field-title', title)
    await page.locator('#field-kind').click()
    await page.getByRole('option', { name: 'いつものお知らせ' }).click()
    await page.locator('#field-councils').click()
    await page.getByRole('option', { name: '八幡', exact: true }).click()
    await page.locator('#field-review__state').click()
    await page.getByRole('option', { name: '確認待ち' }).click()
    const id = Number(/articles\/(\d+)/.exec(page.url())?.[1])
    await expect
      .poll(async () => (await (await adminApi(`/api/articles/${id}?draft=true&depth=0`)).json()) as { title?: string; review?: { state?: string } }, {
        timeout: 20_000,
        interval: 500,
      })
      .toMatchObject({ title, review: { state: 'submitted' } })
    // Not on the site yet.
    const draft = (await (await adminApi(`/api/articles/${id}?draft=true&depth=0`)).json()) as { slug: string }
    expect((await fetch(`${apps.web}/articles/${draft.slug}`)).status).toBe(404)
    await page.context().close()
  })

  it('shows the editor the submission, a live preview of the draft, and publishes it to the site', async () => {
    const page = await logIn(browser, editor)
    const queue = page.getByRole('region', { name: /確認待ちの原稿/ })
    expect(await queue.textContent()).toContain(title)
    expect(await queue.textContent()).toContain('寄稿 太郎')
    await queue.getByRole('link', { name: title }).click()
    await page.waitForURL(/\/articles\/\d+$/)
    const id = Number(/articles\/(\d+)/.exec(page.url())?.[1])

    await page.locator('button[aria-label="プレビュー"]').first().click()
    const frame = page.locator('iframe').first()
    await frame.waitFor({ timeout: 30_000 })
    expect(await frame.getAttribute('src')).toMatch(new RegExp(`^${apps.web}/preview/articles/${id}\\?token=`))
    await expect.poll(() => page.frameLocator('iframe').first().locator('h1').first().textContent(), { timeout: 20_000 }).toBe(title)

    await page.getByRole('button', { name: '変更内容を公開' }).click()
    await expect
      .poll(async () => ((await (await fetch(`${apps.cms}/api/articles/${id}?depth=0`)).json()) as { _status?: string })._status, {
        timeout: 20_000,
        interval: 500,
      })
      .toBe('published')
    const published = (await (await fetch(`${apps.cms}/api/articles/${id}?depth=0`)).json()) as { slug: string; review: { state: string } }
    expect(published.review.state).toBe('approved')
    await expect
      .poll(
        async () => {
          const response = await fetch(`${apps.web}/articles/${published.slug}`)
          return response.status === 200 ? /<h1[^>]*>([^<]*)/.exec(await response.text())?.[1] : response.status
        },
        { timeout: 10_000, interval: 300 },
      )
      .toContain(title.slice(0, 8))
    await page.context().close()
  })

  it('shows a contributor no publish button, and refuses a publish through the API in Japanese', async () => {
    const page = await logIn(browser, contributor)
    await page.goto(`${apps.cms}/admin/collections/articles/create`)
    await page.waitForURL(/\/articles\/\d+$/, { timeout: 30_000 })
    await expect.poll(() => page.getByText('公開は編集者が行います').count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await page.getByRole('button', { name: '変更内容を公開' }).count()).toBe(0)
    const id = Number(/articles\/(\d+)/.exec(page.url())?.[1])
    await page.context().close()

    const token = await cmsToken(apps.cms, { email: contributor, password: PASSWORD })
    const refused = await fetch(`${apps.cms}/api/articles/${id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]?.message).toContain('寄稿者は公開できません')
  })

  it('lets an editor reorder an issue’s articles on the issue screen', async () => {
    const page = await logIn(browser, editor)
    const issues = (await (await adminApi('/api/issues?where[number][equals]=4&depth=0')).json()) as { docs: { id: number }[] }
    const order = async () =>
      (
        (await (await fetch(`${apps.cms}/api/trpc/issues.byNumber?input=${encodeURIComponent(JSON.stringify({ number: 4 }))}`)).json()) as {
          result: { data: { articles: { title: string }[] } }
        }
      ).result.data.articles.map((a) => a.title)
    const before = await order()
    expect(before.length).toBeGreaterThanOrEqual(2)
    await page.goto(`${apps.cms}/admin/collections/issues/${issues.docs[0]?.id}`)
    const section = page.getByRole('region', { name: '紙面の順番' })
    await section.getByRole('button', { name: `「${before[0]}」を下へ` }).click()
    await expect.poll(order, { timeout: 15_000, interval: 500 }).toEqual([before[1], before[0], ...before.slice(2)])
    // And back, so the demo issue keeps its order for other tests.
    await section.getByRole('button', { name: `「${before[0]}」を上へ` }).click()
    await expect.poll(order, { timeout: 15_000, interval: 500 }).toEqual(before)
    await page.context().close()
  })
})
