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

/**
 * A CMS API token for `credentials`. Clients outside a browser authenticate with it: Payload
 * ignores its session cookie on requests without Origin (CSRF protection).
 */
export async function cmsToken(cmsUrl: string, credentials: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  if (!response.ok) throw new Error(`logging in to the CMS as ${credentials.email} answered ${response.status}`)
  return ((await response.json()) as { token: string }).token
}
