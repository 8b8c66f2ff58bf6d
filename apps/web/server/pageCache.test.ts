import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it, vi } from 'vitest'
import { answerFromPageCache, encodingFor, keepInPageCache, PageCache, pageCacheKey } from './pageCache.ts'

const get = (url: string, headers: IncomingMessage['headers'] = {}) => ({ method: 'GET', url, headers })
const page = (text: string) => Buffer.from(`<!DOCTYPE html><html><body>${text.repeat(200)}</body></html>`)
const html = { 'content-type': 'text/html; charset=utf-8' }

describe('which requests share a kept page', () => {
  it('keys a page by its address and the look its cookies choose', () => {
    const host = { host: 'site.example' }
    expect(pageCacheKey(get('/issues/4', host))).toBe('standard-normal-off   site.example /issues/4')
    expect(pageCacheKey(get('/search?q=%E5%B1%85', host))).toBe('standard-normal-off   site.example /search?q=%E5%B1%85')
    expect(pageCacheKey(get('/issues/4', { ...host, cookie: 'oh-text-size=larger; oh-contrast=high' }))).toBe('larger-high-off   site.example /issues/4')
    // A value not read here exactly as Next's rewrites read it is not shared: it could leave a
    // page of one look under another's key.
    for (const cookie of ['oh-text-size=huge', 'oh-text-size="large"', 'oh-text-size=large; oh-text-size=larger', 'oh-contrast='])
      expect(pageCacheKey(get('/issues/4', { ...host, cookie })), cookie).toBeNull()
    // Over HTTPS (as the proxy says) the page carries HSTS: another answer.
    expect(pageCacheKey(get('/issues/4', { ...host, 'x-forwarded-proto': 'https' }))).toBe('standard-normal-off https  site.example /issues/4')
    // A request naming another host cannot leave an answer for readers of this one.
    expect(pageCacheKey(get('/issues/4', { host: 'elsewhere.example' }))).not.toBe(pageCacheKey(get('/issues/4', host)))
    expect(pageCacheKey(get('/issues/4', { ...host, 'x-forwarded-host': 'elsewhere.example' }))).not.toBe(pageCacheKey(get('/issues/4', host)))
  })

  it('shares nothing that may differ by reader or is not a page', () => {
    // Draft mode, or any cookie the site does not know.
    expect(pageCacheKey(get('/issues/4', { cookie: 'oh-text-size=large; __prerender_bypass=abc' }))).toBeNull()
    expect(pageCacheKey(get('/issues/4', { authorization: 'Bearer x' }))).toBeNull()
    // Next's router asking for RSC data, and conditional requests Next answers with 304.
    expect(pageCacheKey(get('/issues/4', { rsc: '1' }))).toBeNull()
    expect(pageCacheKey(get('/issues/4?_rsc=abc12'))).toBeNull()
    expect(pageCacheKey(get('/issues/4', { 'if-none-match': '"x"' }))).toBeNull()
    for (const path of ['/api/search/suggest?q=a', '/_next/static/chunk.js', '/fonts/a.woff2', '/preview/articles/3', '/settings', '/feed.xml', '/sitemap.xml'])
      expect(pageCacheKey(get(path)), path).toBeNull()
    expect(pageCacheKey({ method: 'POST', url: '/issues/4', headers: {} })).toBeNull()
    expect(pageCacheKey({ method: 'HEAD', url: '/issues/4', headers: {} })).toBeNull()
  })

  it('sends brotli where accepted, else gzip, else as it is', () => {
    expect(encodingFor('gzip, deflate, br, zstd')).toBe('br')
    expect(encodingFor('gzip')).toBe('gzip')
    expect(encodingFor('br;q=0, gzip;q=0.5')).toBe('gzip')
    expect(encodingFor('*')).toBe('br')
    expect(encodingFor('gzip;q=0')).toBe('identity')
    expect(encodingFor(undefined)).toBe('identity')
  })
})

describe('the page cache', () => {
  it('keeps a page, and gives it back as it was in each encoding', () => {
    const cache = new PageCache(1_000_000, 60_000)
    const body = page('居場所')
    cache.store('k', cache.generation, 200, { ...html, etag: '"1"' }, body)
    expect(cache.lookup('k', 'identity')?.body.equals(body)).toBe(true)
    expect(gunzipSync(cache.lookup('k', 'gzip')!.body).equals(body)).toBe(true)
    expect(brotliDecompressSync(cache.lookup('k', 'br')!.body).equals(body)).toBe(true)
    expect(cache.lookup('k', 'br')?.headers.etag).toBe('"1"')
    // Small answers are not worth compressing.
    cache.store('small', cache.generation, 200, html, Buffer.from('<p>short</p>'))
    expect(cache.lookup('small', 'gzip')?.encoding).toBe('identity')
  })

  it('compresses a kept page in the background, so no reader waits for it', async () => {
    const cache = new PageCache(1_000_000, 60_000)
    const body = page('見守り')
    cache.store('k', cache.generation, 200, html, body)
    // Both compressed forms arrive without anyone asking for them.
    await vi.waitFor(() => expect(cache.bytes).toBeGreaterThan(body.length + 2 * 10), { timeout: 2_000, interval: 5 })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const held = cache.bytes
    expect(brotliDecompressSync(cache.lookup('k', 'br')!.body).equals(body)).toBe(true)
    expect(gunzipSync(cache.lookup('k', 'gzip')!.body).equals(body)).toBe(true)
    // Nothing was compressed on the way out: the cache holds what it held.
    expect(cache.bytes).toBe(held)
    // A page dropped before its compression ends gets nothing added back.
    cache.store('gone', cache.generation, 200, html, page('防災'))
    cache.invalidate()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect([cache.size, cache.bytes]).toEqual([0, 0])
  })

  it('keeps only whole 200 answers begun in the current generation, and drops all on a change', () => {
    const cache = new PageCache(1_000_000, 60_000)
    const before = cache.generation
    cache.invalidate()
    // Begun before the change: may show the old content.
    cache.store('old', before, 200, html, page('a'))
    cache.store('missing', cache.generation, 404, html, page('b'))
    expect(cache.size).toBe(0)
    cache.store('k', cache.generation, 200, html, page('c'))
    expect(cache.lookup('k', 'identity')).toBeDefined()
    cache.invalidate()
    expect(cache.lookup('k', 'identity')).toBeUndefined()
    expect([cache.size, cache.bytes]).toEqual([0, 0])
  })

  it('forgets a page after its time', () => {
    let now = 1_000
    const cache = new PageCache(1_000_000, 60_000, () => now)
    cache.store('k', cache.generation, 200, html, page('a'))
    now += 60_000
    expect(cache.lookup('k', 'identity')).toBeDefined()
    now += 1
    expect(cache.lookup('k', 'identity')).toBeUndefined()
    expect(cache.bytes).toBe(0)
  })

  it('stays within its bytes under 10,000 different addresses, keeping the most recently used', () => {
    const limit = 2_000_000
    const cache = new PageCache(limit, 60_000)
    let largest = 0
    for (let index = 0; index < 10_000; index++) {
      cache.store(`/search?q=${index}`, cache.generation, 200, html, page(`${index} `))
      if (index % 3 === 0) cache.lookup(`/search?q=${index}`, 'gzip')
      largest = Math.max(largest, cache.bytes)
    }
    expect(largest).toBeLessThanOrEqual(limit)
    expect(cache.size).toBeGreaterThan(100)
    expect(cache.size).toBeLessThan(10_000)
    expect(cache.lookup('/search?q=9999', 'identity')).toBeDefined()
    expect(cache.lookup('/search?q=0', 'identity')).toBeUndefined()
    // A page larger than the whole cache is not kept at all.
    cache.store('huge', cache.generation, 200, html, Buffer.alloc(limit + 1))
    expect(cache.lookup('huge', 'identity')).toBeUndefined()
    expect(cache.bytes).toBeLessThanOrEqual(limit)
  })
})

describe('in front of a server', () => {
  async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void) {
    const cache = new PageCache(1_000_000, 60_000)
    let rendered = 0
    const server = createServer(async (request, response) => {
      const { sent, key } = await answerFromPageCache(cache, request, response)
      if (sent) return
      rendered += 1
      keepInPageCache(cache, key, response)
      handler(request, response)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return { cache, base, rendered: () => rendered, close: () => new Promise((resolve) => server.close(resolve)) }
  }

  it('renders a page once and then sends the kept bytes, headers included', async () => {
    const site = await serve((_request, response) => {
      response.writeHead(200, { ...html, 'content-security-policy': "script-src 'sha256-x'" })
      response.write('<!DOCTYPE html><html><body>')
      response.end(`${'地域の居場所 '.repeat(300)}</body></html>`)
    })
    try {
      const first = await fetch(`${site.base}/activities?kind=salon`, { headers: { 'accept-encoding': 'identity' } })
      const text = await first.text()
      expect(first.headers.get('x-page-cache')).toBeNull()
      const second = await fetch(`${site.base}/activities?kind=salon`, { headers: { 'accept-encoding': 'gzip' } })
      expect(second.headers.get('x-page-cache')).toBe('HIT')
      expect(second.headers.get('content-encoding')).toBe('gzip')
      expect(second.headers.get('content-security-policy')).toBe("script-src 'sha256-x'")
      expect(second.headers.get('vary')).toMatch(/accept-encoding/i)
      expect(await second.text()).toBe(text)
      // Another filter is another page.
      await fetch(`${site.base}/activities?kind=other`)
      expect(site.rendered()).toBe(2)
    } finally {
      await site.close()
    }
  })

  it('renders a page once for a burst of readers asking for it at the same moment', async () => {
    const site = await serve((_request, response) => {
      // As long as a render takes Next: every reader of the burst has arrived meanwhile.
      setTimeout(() => {
        response.writeHead(200, html)
        response.end(page('第4号'))
      }, 150)
    })
    try {
      const answers = await Promise.all(Array.from({ length: 10 }, () => fetch(`${site.base}/issues/4`).then((answer) => answer.text())))
      expect(new Set(answers).size).toBe(1)
      expect(answers[0]).toContain('第4号')
      expect(site.rendered()).toBe(1)
    } finally {
      await site.close()
    }
  })

  it('lets waiting readers render for themselves when the answer may not be kept', async () => {
    const site = await serve((_request, response) => {
      setTimeout(() => {
        response.writeHead(404, html)
        response.end(page('見つかりません'))
      }, 100)
    })
    try {
      const statuses = await Promise.all(Array.from({ length: 4 }, () => fetch(`${site.base}/issues/999`).then((answer) => answer.status)))
      expect(statuses).toEqual([404, 404, 404, 404])
      // The first rendered while the others waited; then each of them rendered.
      expect(site.rendered()).toBe(4)
    } finally {
      await site.close()
    }
  })

  it('does not keep an answer that sets a cookie, is not HTML or is not a 200', async () => {
    const site = await serve((request, response) => {
      if (request.url === '/cookie') response.writeHead(200, { ...html, 'set-cookie': 'a=b' })
      else if (request.url === '/json') response.writeHead(200, { 'content-type': 'application/json' })
      else response.writeHead(404, html)
      response.end(page('x'))
    })
    try {
      for (const path of ['/cookie', '/json', '/missing']) {
        await fetch(`${site.base}${path}`)
        expect((await fetch(`${site.base}${path}`)).headers.get('x-page-cache'), path).toBeNull()
      }
      expect(site.rendered()).toBe(6)
      expect(site.cache.size).toBe(0)
    } finally {
      await site.close()
    }
  })
})
