import type { ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { runsNextInBrowser, withoutNextRuntime } from './withoutNextRuntime.ts'

// The shapes Next 16 (Turbopack) writes into a page, beside the site's own tags.
const OURS_IN_HEAD = [
  '<link rel="stylesheet" href="/_next/static/chunks/3ahivu1hwkd_c.css" data-precedence="next"/>',
  '<link rel="preload" href="/api/media/file/flowers.jpg" as="image"/>',
  '<script>(function(){var font=1})()</script>',
]
const NEXT_IN_HEAD = [
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1jexzsn2qdw84.js"/>',
  '<script src="/_next/static/chunks/3dxc4n0mgvixu.js" async=""></script>',
]
const OURS_IN_BODY = [
  '<p>&lt;script src=&quot;/_next/x.js&quot;&gt;&lt;/script&gt; self.__next_f</p>',
  '<script id="web-font-loader" data-font-sample="本文">(function(){var load=1})()</script>',
  '<script>$RC("B:0","S:0")</script>',
]
const NEXT_IN_BODY = [
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/1.js"]})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003cscript\\u003e"])</script>',
]
const page = (head: string[], body: string[]) => `<!DOCTYPE html><html lang="ja"><head>${head.join('')}</head><body>${body.join('')}</body></html>`

describe("reader pages without Next's runtime", () => {
  it("takes out Next's scripts, its hints to fetch them and the page's RSC payload, and nothing else", () => {
    const written = page([...NEXT_IN_HEAD.slice(0, 1), ...OURS_IN_HEAD, ...NEXT_IN_HEAD.slice(1)], [...OURS_IN_BODY, ...NEXT_IN_BODY])
    expect(withoutNextRuntime(written)).toBe(page(OURS_IN_HEAD, OURS_IN_BODY))
  })

  it('leaves a page with none of them as it was', () => {
    const written = page(OURS_IN_HEAD, OURS_IN_BODY)
    expect(withoutNextRuntime(written)).toBe(written)
  })

  it('keeps the runtime for previews, which refresh on each save, and for answers that failed', () => {
    const answer = (url: string, statusCode = 200) => ({ req: { url }, statusCode }) as ServerResponse
    expect(runsNextInBrowser(answer('/issues/9'))).toBe(false)
    expect(runsNextInBrowser(answer('/search?q=preview/'))).toBe(false)
    expect(runsNextInBrowser(answer('/articles/no-such', 404))).toBe(false)
    expect(runsNextInBrowser(answer('/previews-of-spring'))).toBe(false)
    expect(runsNextInBrowser(answer('/preview/articles/12?token=x'))).toBe(true)
    expect(runsNextInBrowser(answer('/issues/9', 500))).toBe(true)
  })
})
