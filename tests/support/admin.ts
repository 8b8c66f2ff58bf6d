import { TEST_ADMIN } from '@oneheart/harness/testEnv'
import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'

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

/** The CMS's REST API as the test administrator, answering the parsed JSON. */
export async function adminApi<T>(cmsUrl: string, route: string, init: RequestInit = {}): Promise<T> {
  const token = await cmsToken(cmsUrl, TEST_ADMIN)
  const response = await fetch(`${cmsUrl}${route}`, {
    ...init,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', ...init.headers },
  })
  return (await response.json()) as T
}

/** An editor and a contributor (who may write for `councilId` only), made through the API; each must be created. */
export async function createEditorAndContributor(
  cmsUrl: string,
  people: { editor: { email: string; name: string }; contributor: { email: string; name: string }; password: string; councilId: number | undefined },
): Promise<void> {
  for (const role of ['editor', 'contributor'] as const) {
    const created = await adminApi<{ doc?: unknown; errors?: unknown }>(cmsUrl, '/api/users', {
      method: 'POST',
      body: JSON.stringify({
        email: people[role].email,
        password: people.password,
        name: people[role].name,
        role,
        councils: role === 'contributor' ? [people.councilId] : [],
      }),
    })
    expect(created.doc, JSON.stringify(created.errors)).toBeDefined()
  }
}
