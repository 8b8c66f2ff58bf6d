/**
 * Hostile addresses against the running site and print app (the fuzz suite's part that needs
 * the real servers): no 5xx and nothing of the server's insides in any body. Seeded, bounded.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { expectSafe, RequestCounter } from '../support/fuzz/checks.ts'
import { hostileNumber, hostileText, percentEncode } from '../support/fuzz/hostile.ts'

const apps = inject('apps')
const SEED = Number(process.env.FUZZ_SEED ?? 16_2026)
const counter = new RequestCounter()
const options = (runs: number) => ({ seed: SEED, numRuns: runs, interruptAfterTimeLimit: 15_000, markInterruptAsFailure: false })

const segment = fc.oneof(hostileNumber.map(String), hostileText, fc.constantFrom('%zz', '%ED%A0%80', '%00', '..', '%2e%2e', '4', 'no1-nobuko-chanchi'))

async function get(url: string, method: 'GET' | 'HEAD' = 'GET') {
  const response = await fetch(url, { redirect: 'manual', method })
  return { status: response.status, text: await response.text() }
}

/** Files under `folder` changed since `since` (ms), by path. */
function changedSince(folder: string, since: number): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => statSync(file).mtimeMs >= since)
}

describe('fuzz: the site and the print app', () => {
  afterAll(() => counter.report(`site fuzz (seed ${SEED})`))

  it('writes nothing to disk, however many different addresses are asked for', async () => {
    // Next kept every page it rendered, a "not found" for every made-up address included, as
    // files of its own: seven files per address, without end (next.config: isrFlushToDisk).
    const server = path.resolve(import.meta.dirname, '..', '..', 'apps', 'web', '.next', 'server')
    const before = Date.now() - 1_000
    const made = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
    for (let index = 0; index < 20; index += 1) {
      for (const address of [`/articles/made-up-${made}-${index}`, `/issues/${7_000 + index}`, `/activities/made-up-${made}-${index}`, '/issues/4']) {
        const { status } = await get(`${apps.web}${address}`)
        expect(status, address).toBe(address === '/issues/4' ? 200 : 404)
      }
    }
    expect(changedSince(server, before)).toEqual([])
  })

  it('site pages and query strings', async () => {
    const page = fc.constantFrom(
      '/',
      '/issues',
      '/issues/',
      '/articles/',
      '/activities',
      '/activities/',
      '/councils/',
      '/events',
      '/events/',
      '/search',
      '/search/suggest',
      '/api/search/suggest',
      '/settings',
      '/preview/articles/',
      '/preview/issues/',
      '/feed.xml',
    )
    // Values up to 400 characters: Next's trailing-slash redirect repeats the address in two
    // headers, and fetch refuses answers whose headers pass 16 KB (browsers accept far more).
    const value = fc.oneof(hostileText, hostileNumber.map(String)).map((text) => text.slice(0, 400))
    const query = fc.array(fc.tuple(fc.constantFrom('q', 'after', 'type', 'council', 'district', 'kind', 'weekday', 'size', 'back', 'token', 'page'), value), {
      maxLength: 4,
    })
    await fc.assert(
      // HEAD as well: a page's HEAD goes through the site server's policy step with no body.
      fc.asyncProperty(page, fc.option(segment), query, fc.constantFrom('GET', 'HEAD' as const), async (base, tail, params, method) => {
        const search = params.map(([key, value]) => `${key}=${percentEncode(value)}`).join('&')
        const path = `${base}${tail !== null && base.endsWith('/') && base !== '/' ? percentEncode(tail) : ''}${search ? `?${search}` : ''}`
        counter.add(`site ${method} ${base}`)
        expectSafe(await get(`${apps.web}${path}`, method), `${method} ${path}`)
      }),
      options(300),
    )
  })

  it('print previews and files', async () => {
    const shape = fc.oneof(
      fc
        .tuple(segment, fc.constantFrom('standard', 'large', 'mono', 'x', '%zz'))
        .map(([number, edition]) => `/issues/${percentEncode(number)}/${edition}.json`),
      fc.tuple(segment, hostileText).map(([number, edition]) => `/issues/${percentEncode(number)}/${percentEncode(edition)}`),
      segment.map((id) => `/events/${percentEncode(id)}/flyer.json`),
      hostileText.map((name) => `/media/${percentEncode(name)}`),
      hostileText.map((name) => `/${percentEncode(name)}`),
    )
    await fc.assert(
      fc.asyncProperty(shape, async (path) => {
        counter.add(`print ${path.split('/')[1] ?? ''}`)
        expectSafe(await get(`${apps.print}${path}`), `GET ${path}`)
      }),
      options(200),
    )
  })
})
