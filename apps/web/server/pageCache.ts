import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib'
import { DEFAULT_PREFERENCES, isChoice, lookOf, PREFERENCE_COOKIE, type ReaderPreferences, type Setting } from '../src/lib/preferences.ts'
import { keepWriteHeadArguments } from './writeHeadArguments.ts'

type Encoding = 'br' | 'gzip' | 'identity'
type Chunk = string | Uint8Array
type Callback = (error?: Error | null) => void

interface Entry {
  storedAt: number
  status: number
  headers: OutgoingHttpHeaders
  bodies: Partial<Record<Encoding, Buffer>>
  bytes: number
}

/** Paths that are not pages (files, endpoints) or are never shared (previews of drafts). */
const NOT_A_PAGE = /^\/(?:_next|api|fonts|preview|settings)(?:\/|$)|^\/(?:feed\.xml|sitemap\.xml|robots\.txt)$/
/** Headers with which Next answers its own router (RSC data), not a reader's page request. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url']
const PREFERENCE_NAMES = new Map<string, Setting>(Object.entries(PREFERENCE_COOKIE).map(([setting, name]) => [name, setting as Setting]))
/** Below this a page is sent as it is, as the compression middleware does. */
const COMPRESS_FROM_BYTES = 1024
/** Brotli at quality 5: close to the best size for HTML at a small part of quality 11's time. */
/** At most this many compressions in the background at once: zlib's thread pool has four threads. */
const BACKGROUND_COMPRESSIONS = 4
const brotliOptions = (body: Buffer) => ({ params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })

/**
 * The cache key of a request whose answer is the same for every reader who sends it: a GET for
 * a page, by a reader with no cookie but the look's (text size, contrast, furigana), not a
 * conditional request and not Next's router asking for RSC data. Null for anything else, which
 * goes to Next as before. What a page shows depends only on its address, its look and the
 * content (no page reads headers or cookies), and its headers on the scheme the proxy reports,
 * so these make the key, with the host.
 */
export function pageCacheKey(request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null {
  const { method, url, headers } = request
  if (method !== 'GET' || !url?.startsWith('/')) return null
  const queryAt = url.indexOf('?')
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt)
  if (NOT_A_PAGE.test(pathname) || (queryAt !== -1 && /[?&]_rsc=/.test(url.slice(queryAt)))) return null
  if (headers['if-none-match'] || headers['if-modified-since'] || headers.authorization) return null
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null
  const look: ReaderPreferences = { ...DEFAULT_PREFERENCES }
  const chosen = new Set<Setting>()
  for (const pair of (headers.cookie ?? '').split(';')) {
    if (!pair.trim()) continue
    const equals = pair.indexOf('=')
    const name = pair.slice(0, equals === -1 ? undefined : equals).trim()
    const setting = PREFERENCE_NAMES.get(name)
    // Any other cookie (draft mode, say) may change the page: not shared.
    if (!setting) return null
    const value = equals === -1 ? '' : pair.slice(equals + 1).trim()
    // Only a plain choice, once, is read here exactly as Next's rewrites read it; anything else
    // (a quoted or repeated value) goes to Next unshared, so it cannot leave a page of one look
    // under another look's key.
    if (chosen.has(setting) || !isChoice(setting, value)) return null
    chosen.add(setting)
    ;(look as Record<Setting, string>)[setting] = value
  }
  // HSTS is added when the proxy says the browser came over HTTPS (nextHeaderRules in @oneheart/http).
  // The host names are part of the key too, so that no request naming another host can leave
  // an answer for the others, whatever Next might build from them.
  const origin = [headers['x-forwarded-proto'], headers['x-forwarded-host'], headers.host].map((value) => String(value ?? '')).join(' ')
  return `${lookOf(look)} ${origin} ${url}`
}

/** The encoding to send, by the request's Accept-Encoding (brotli first, as the compression middleware prefers). */
export function encodingFor(acceptEncoding: string | string[] | undefined): Encoding {
  const accepted = new Map<string, number>()
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean)
    accepted.set(name, q === undefined ? 1 : Number(q))
  }
  const allowed = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  if (allowed('br')) return 'br'
  if (allowed('gzip')) return 'gzip'
  return 'identity'
}

/**
 * Whole answers to page requests, kept in the site's own server in front of Next: the
 * directory with its filters and a search, which Next renders on every request, and cached pages,
 * whose bytes Next would otherwise route, read and compress again. Each answer is kept once,
 * compressed at most once per encoding, and sent as it was, headers and content policy included.
 *
 * It is emptied whenever content changes: `invalidate()` is called when PostgreSQL announces a
 * change and again when a refresh of Next's cache has finished, and an answer begun before a
 * change is not kept (the generation it started in has passed). An answer is also kept for at
 * most `maxAgeMs`, so a page that depends on the date is at most that late. Bounded by bytes:
 * past `maxBytes` the least recently used answers go, whatever addresses are asked for.
 */
export class PageCache {
  private readonly entries = new Map<string, Entry>()
  /** Pages being rendered now, by key: a reader asking for one waits for it instead of rendering it again. */
  private readonly renders = new Map<string, Promise<void>>()
  private bytesHeld = 0
  /** Compressions under way in zlib's thread pool. */
  private compressing = 0
  private generationNumber = 0

  constructor(
    readonly maxBytes: number,
    readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size
  }

  get bytes(): number {
    return this.bytesHeld
  }

  get generation(): number {
    return this.generationNumber
  }

  /** The render of `key` under way, if there is one. */
  renderingOf(key: string): Promise<void> | undefined {
    return this.renders.get(key)
  }

  /** Marks `key` as being rendered (unless it already is); the answer calls `done` when it has ended, kept or not. */
  beginRendering(key: string): () => void {
    if (this.renders.has(key)) return () => {}
    let finish = () => {}
    this.renders.set(
      key,
      new Promise<void>((resolve) => {
        finish = resolve
      }),
    )
    return () => {
      this.renders.delete(key)
      finish()
    }
  }

  /** Content changed: nothing kept counts, and nothing begun before now is kept. */
  invalidate(): void {
    this.generationNumber += 1
    this.entries.clear()
    this.bytesHeld = 0
  }

  /** Keeps a complete 200 answer begun in `generation`, if that is still the current one. */
  store(key: string, generation: number, status: number, headers: OutgoingHttpHeaders, body: Buffer): void {
    if (generation !== this.generationNumber || status !== 200) return
    this.remove(key)
    const entry: Entry = { storedAt: this.now(), status, headers, bodies: { identity: body }, bytes: body.length }
    if (entry.bytes > this.maxBytes) return
    this.entries.set(key, entry)
    this.bytesHeld += entry.bytes
    this.trim()
    this.compressInBackground(key, entry)
  }

  /**
   * Compresses a kept page in zlib's thread pool, so the first reader asking for brotli or gzip
   * finds it ready rather than waiting for it on the server's one thread; lookup compresses
   * only if that reader comes first.
   */
  private compressInBackground(key: string, entry: Entry): void {
    const identity = entry.bodies.identity!
    // A flood of new pages (every search new) must not queue work without end: past a few
    // compressions at once, a page waits for its first reader instead.
    if (identity.length < COMPRESS_FROM_BYTES || this.compressing >= BACKGROUND_COMPRESSIONS) return
    this.compressing += 2
    const keep = (encoding: Encoding) => (error: Error | null, body: Buffer) => {
      this.compressing -= 1
      // The page may have gone meanwhile (a change, a newer render), or been compressed on demand.
      if (error || this.entries.get(key) !== entry || entry.bodies[encoding]) return
      this.addBody(entry, encoding, body)
    }
    brotliCompress(identity, brotliOptions(identity), keep('br'))
    gzip(identity, keep('gzip'))
  }

  private addBody(entry: Entry, encoding: Encoding, body: Buffer): void {
    entry.bodies[encoding] = body
    entry.bytes += body.length
    this.bytesHeld += body.length
    this.trim()
  }

  /** The answer kept for `key` in the encoding asked for (compressed now if the background has not yet), or undefined. */
  lookup(key: string, encoding: Encoding): { status: number; headers: OutgoingHttpHeaders; body: Buffer; encoding: Encoding } | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (this.now() - entry.storedAt > this.maxAgeMs) {
      this.remove(key)
      return undefined
    }
    // Most recently used last, so the oldest is first to go.
    this.entries.delete(key)
    this.entries.set(key, entry)
    const identity = entry.bodies.identity!
    const sent: Encoding = identity.length < COMPRESS_FROM_BYTES ? 'identity' : encoding
    let body = entry.bodies[sent]
    if (!body) {
      body = sent === 'br' ? brotliCompressSync(identity, brotliOptions(identity)) : gzipSync(identity)
      this.addBody(entry, sent, body)
    }
    return { status: entry.status, headers: entry.headers, body, encoding: sent }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytesHeld -= entry.bytes
  }

  private trim(): void {
    while (this.bytesHeld > this.maxBytes) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.remove(oldest)
    }
  }
}

/**
 * Sends a kept answer, if there is one for this request, or the one being rendered for another
 * reader once it is kept (a burst of readers after a change costs one render per page, not one
 * each). Answers whether it did, and the request's key for keeping what is rendered instead
 * (null: the answer may not be shared).
 */
export async function answerFromPageCache(
  cache: PageCache,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<{ sent: boolean; key: string | null }> {
  const key = pageCacheKey(request)
  if (key === null) return { sent: false, key }
  if (sendKept(cache, key, request, response)) return { sent: true, key }
  const rendering = cache.renderingOf(key)
  if (!rendering) return { sent: false, key }
  await rendering
  return { sent: sendKept(cache, key, request, response), key }
}

function sendKept(cache: PageCache, key: string, request: IncomingMessage, response: ServerResponse): boolean {
  const kept = cache.lookup(key, encodingFor(request.headers['accept-encoding']))
  if (!kept) return false
  const headers: OutgoingHttpHeaders = { ...kept.headers, 'content-length': kept.body.length, 'x-page-cache': 'HIT' }
  delete headers['x-nextjs-cache']
  if (kept.encoding !== 'identity') headers['content-encoding'] = kept.encoding
  // Whatever the encoding, the answer differs by Accept-Encoding, as the compression middleware says.
  const vary = String(headers.vary ?? '')
  if (!/accept-encoding/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding'
  response.writeHead(kept.status, headers)
  response.end(kept.body)
  return true
}

/**
 * Watches an answer on its way out and keeps it once complete, when the request may share it and
 * the answer is a whole 200 HTML page that sets no cookie. To be installed under the step that
 * completes the page's content policy (hashInlineScripts), so what is kept carries the policy.
 * `key` is the request's (pageCacheKey): null keeps nothing.
 */
export function keepInPageCache(cache: PageCache, key: string | null, response: ServerResponse): void {
  if (key === null) return
  const generation = cache.generation
  const rendered = cache.beginRendering(key)
  // An answer cut short (the reader left, the server failed) ends the wait too.
  response.once('close', rendered)
  const original = { writeHead: response.writeHead, write: response.write, end: response.end }
  const chunks: Buffer[] = []
  // Headers given to writeHead go on the response, where the answer's end reads them.
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    const reason = keepWriteHeadArguments(response, status, rest)
    return (original.writeHead as (...args: unknown[]) => ServerResponse).call(response, status, ...(reason ? [reason] : []))
  }) as ServerResponse['writeHead']
  const bytes = (chunk: Chunk | null | undefined | Callback, encoding?: BufferEncoding | Callback) =>
    chunk == null || typeof chunk === 'function'
      ? Buffer.alloc(0)
      : typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
        : Buffer.from(chunk)
  response.write = ((chunk: Chunk, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    chunks.push(bytes(chunk, encoding))
    return (original.write as (...args: unknown[]) => boolean).call(response, chunk, encoding, callback)
  }) as ServerResponse['write']
  response.end = ((chunk?: Chunk | null | Callback, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    chunks.push(bytes(chunk, encoding))
    const type = String(response.getHeader('content-type') ?? '')
    if (type.startsWith('text/html') && !response.hasHeader('set-cookie')) {
      const headers = response.getHeaders()
      delete headers['content-length']
      delete headers['content-encoding']
      cache.store(key, generation, response.statusCode, headers, Buffer.concat(chunks))
    }
    rendered()
    return (original.end as (...args: unknown[]) => ServerResponse).call(response, chunk, encoding, callback)
  }) as ServerResponse['end']
}
