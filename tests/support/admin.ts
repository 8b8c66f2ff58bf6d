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

/** The CMS's REST API as one person (the test administrator unless told), logged in once, at the first request. */
export function adminClient(cmsUrl: string, credentials: { email: string; password: string } = TEST_ADMIN) {
  let token: Promise<string> | undefined
  /** Logs in now, if not yet: a test that breaks the CMS on purpose logs in before it does. */
  const logIn = (): Promise<string> => {
    token ??= cmsToken(cmsUrl, credentials)
    return token
  }
  /** The answer to `route` (`/api/…`), whatever its status; a body is sent as JSON. */
  const request = async (route: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers)
    headers.set('authorization', `JWT ${await logIn()}`)
    if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json')
    return fetch(`${cmsUrl}${route}`, { ...init, headers })
  }
  /** A call that must succeed: `body` as JSON in, the parsed answer out. */
  const call = async <T = { doc: { id: number; slug?: string; number?: number } }>(method: string, route: string, body?: unknown): Promise<T> => {
    const response = await request(route, { method, body: body === undefined ? undefined : JSON.stringify(body) })
    if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${await response.text()}`)
    return (await response.json()) as T
  }
  /** The parsed answer to `route`, whatever its status (a refusal's errors are in it). */
  const json = async <T>(route: string, init: RequestInit = {}): Promise<T> => (await (await request(route, init)).json()) as T
  return { logIn, request, call, json }
}

/** The CMS's REST API as the test administrator, answering the parsed JSON. */
export const adminApi = <T>(cmsUrl: string, route: string, init: RequestInit = {}): Promise<T> => adminClient(cmsUrl).json<T>(route, init)

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
