import type { ServerResponse } from 'node:http'

/**
 * Reader pages reach the browser without React. Everything on them is rendered on the server
 * (text size, contrast and furigana are in the address; forms and links are plain HTML), and
 * what runs in the browser is a few small scripts of our own (components/InlineScript.tsx).
 * Next would add its runtime, 130 kB of JavaScript, and the page's data a second time (the RSC
 * payload, inline) so React could take the page over: on an old phone, fetching, compiling and
 * hydrating that was what held back the largest paint, or blocked input just after it
 * (ARCHITECTURE.md). A link is then followed as a new page, which the page cache answers.
 *
 * Previews keep the runtime: they refresh themselves on each save in the CMS. So do answers
 * that failed on the server, whose retry button is React's.
 */
export function runsNextInBrowser(response: ServerResponse): boolean {
  const path = (response.req.url ?? '/').split('?')[0]!
  return response.statusCode >= 500 || path === '/preview' || path.startsWith('/preview/')
}

// Tags as React writes them: it escapes "</script" inside inline scripts, and writes attributes
// quoted, so scanning is enough here (as in @oneheart/http's inlineScriptHashes).
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const LINK = /<link\b[^>]*>/gi

/**
 * Next's scripts: its chunks, the inline pushes of the page's RSC payload, and the bundler's
 * list of the chunks to load (Turbopack's, which is inert without them).
 */
function isNextScript(attributes: string, body: string): boolean {
  return /\ssrc="\/_next\//.test(attributes) || /^\s*\(?(?:self\.__next_f|globalThis\["TURBOPACK"\])/.test(body)
}

/** Next's hints to fetch its chunks early. */
function isNextScriptHint(tag: string): boolean {
  return /\sas="script"/.test(tag) && /\srel="(?:preload|modulepreload)"/.test(tag) && /\shref="\/_next\//.test(tag)
}

/** The page with Next's scripts and their preload hints taken out; every other tag as it was. */
export function withoutNextRuntime(html: string): string {
  return html
    .replace(SCRIPT, (tag, attributes: string, body: string) => (isNextScript(attributes, body) ? '' : tag))
    .replace(LINK, (tag) => (isNextScriptHint(tag) ? '' : tag))
}
