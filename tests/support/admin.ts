import type { Browser, Page } from 'playwright-core'

/** A fresh Japanese browser session logged into the CMS admin as `credentials`. */
export async function logInToAdmin(browser: Browser, cmsUrl: string, credentials: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'ja-JP' })).newPage()
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('input[name="email"]', credentials.email)
  await page.fill('input[name="password"]', credentials.password)
  await page.getByRole('button', { name: 'ログイン' }).click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
  return page
}
