import type { ServerResponse } from 'node:http'
import { inlineScriptHashes, withScriptHashes } from '@oneheart/http'
import { keepWriteHeadArguments } from './writeHeadArguments.ts'

type Chunk = string | Uint8Array
type Callback = (error?: Error | null) => void

/** Policies already worked out, by the page's ETag (a hash of its bytes) and the policy it came with. */
const known = new Map<string, string>()
const KNOWN_AT_MOST = 2_000

function policyFor(policy: string, page: Buffer, etag: unknown): string {
  const key = typeof etag === 'string' ? `${etag} ${policy}` : undefined
  const hashed = (key && known.get(key)) ?? withScriptHashes(policy, inlineScriptHashes(page.toString('utf8')))
  if (key && !known.has(key)) {
    // Bounded: past the limit the oldest entry goes (a Map keeps insertion order).
    if (known.size >= KNOWN_AT_MOST) known.delete(known.keys().next().value!)
    known.set(key, hashed)
  }
  return hashed
}

/**
 * Holds back an HTML page that carries a content policy until it is complete, finishes it
 * (`finish`: what only this server does to a page, such as taking out Next's runtime or adding the
 * font sample of fontSample.ts; it is given the response, to see the page's address), then adds the
 * hash of each inline script it holds to the policy's `script-src` and sends both. Whole pages
 * are held (cached pages are sent in one piece anyway; streamed ones arrive a little later, at
 * once). Anything else — scripts, fonts, RSC data, JSON, files — passes through untouched, and
 * so does a page without a policy.
 */
export function hashInlineScripts(response: ServerResponse, finish: (html: string, response: ServerResponse) => string = (html) => html): void {
  const original = {
    writeHead: response.writeHead,
    write: response.write,
    end: response.end,
    flushHeaders: response.flushHeaders,
  }
  let held: Buffer[] | null = null
  let decided = false

  const restore = () => Object.assign(response, original)
  /** The page finished; as written if finishing fails: a page must always end, or its readers wait. */
  const finished = (written: Buffer): Buffer => {
    try {
      return Buffer.from(finish(written.toString('utf8'), response), 'utf8')
    } catch (error) {
      console.error(`[site] could not finish ${response.req.url}: ${String(error)}`)
      return written
    }
  }
  /** At the first byte, the headers are known: hold the body of a page with a policy. */
  const decide = () => {
    if (decided) return
    decided = true
    const type = String(response.getHeader('content-type') ?? '')
    // A 304 has no page to hash, and its headers replace the cached page's: without a policy of
    // its own, the browser keeps the one that came with the page, hashes included.
    if (response.statusCode === 304) response.removeHeader('content-security-policy')
    if (type.startsWith('text/html') && response.hasHeader('content-security-policy')) held = []
    else restore()
  }
  // Next ends some answers with end(null).
  const bytes = (chunk: Chunk | null | undefined, encoding?: BufferEncoding) =>
    chunk == null ? Buffer.alloc(0) : typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : Buffer.from(chunk)

  // Headers given to writeHead are kept on the response, not sent yet: the policy changes later.
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    keepWriteHeadArguments(response, status, rest)
    return response
  }) as ServerResponse['writeHead']

  response.flushHeaders = () => {
    decide()
    if (!held) original.flushHeaders.call(response)
  }

  response.write = ((chunk: Chunk, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    decide()
    if (!held) return (original.write as (...args: unknown[]) => boolean).call(response, chunk, encoding, callback)
    const done = typeof encoding === 'function' ? encoding : callback
    held.push(bytes(chunk, typeof encoding === 'string' ? encoding : undefined))
    if (done) process.nextTick(done)
    return true
  }) as ServerResponse['write']

  response.end = ((chunk?: Chunk | null | Callback, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    decide()
    if (!held) return (original.end as (...args: unknown[]) => ServerResponse).call(response, chunk, encoding, callback)
    const done = [chunk, encoding, callback].find((part) => typeof part === 'function') as Callback | undefined
    if (typeof chunk !== 'function') held.push(bytes(chunk, typeof encoding === 'string' ? encoding : undefined))
    const page = finished(Buffer.concat(held))
    held = null
    restore()
    response.setHeader('content-security-policy', policyFor(String(response.getHeader('content-security-policy')), page, response.getHeader('etag')))
    if (response.hasHeader('content-length')) response.setHeader('content-length', page.length)
    return (original.end as (...args: unknown[]) => ServerResponse).call(response, page, done)
  }) as ServerResponse['end']
}
