/**
 * The site's production server: Next.js's own request handler, behind two steps it cannot take
 * itself. Pages get a content policy that lets their own inline scripts run and no other
 * (see hashInlineScripts.ts), once Next's runtime has been taken out of reader pages
 * (withoutNextRuntime.ts) and the page's font loader has been told which of the web font's
 * files the page needs (fontSample.ts); and responses are compressed after that, since the hashes are
 * taken of the page as written (next.config turns Next's own compression off). Whole pages a
 * reader may share are kept in front of Next (pageCache.ts). And each instance drops its cached
 * pages when PostgreSQL says content changed (revalidateOnContentChange.ts).
 * Port: `--port`/`-p`, else WEB_PORT, else 3001.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { siteEnv } from '@oneheart/env'
import compression from 'compression'
import next from 'next'
import { withFontSample } from './fontSample.ts'
import { hashInlineScripts } from './hashInlineScripts.ts'
import { answerFromPageCache, keepInPageCache, PageCache } from './pageCache.ts'
import { revalidateOnContentChange } from './revalidateOnContentChange.ts'
import { runsNextInBrowser, withoutNextRuntime } from './withoutNextRuntime.ts'

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' } } })
const port = Number(values.port ?? siteEnv().WEB_PORT)

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '..'), port })
await app.prepare()
const handle = app.getRequestHandler()
const compress = compression()
// 64 MB of pages (a page is ~50 kB, with its two compressed forms ~70 kB: about 900 pages);
// a minute at most, for pages that show what is coming up from today.
const pages = new PageCache(64 * 1024 * 1024, 60_000)

/** What this server does to a page Next wrote, once, before it is kept. */
const finishPage = (html: string, response: ServerResponse) => withFontSample(runsNextInBrowser(response) ? html : withoutNextRuntime(html))

/** What Next answers, with the content policy completed, kept when it may be shared, compressed. */
function passToNext(request: IncomingMessage, response: ServerResponse, pageKey: string | null) {
  // A refresh of Next's cache (the CMS's call, or this instance's own on a change) has ended:
  // pages kept until then may be older than Next's.
  if (request.method === 'POST' && request.url?.startsWith('/api/revalidate'))
    response.once('finish', () => {
      if (response.statusCode === 200) pages.invalidate()
    })
  compress(request as never, response as never, () => {
    keepInPageCache(pages, pageKey, response)
    hashInlineScripts(response, finishPage)
    void handle(request, response)
  })
}

const server = createServer((request, response) => {
  // A HEAD asks for the headers of the GET, whose length is known only once the page is
  // finished (finishPage changes it): it is answered as that GET, and Node, knowing the request
  // was a HEAD, sends no body.
  if (request.method === 'HEAD') request.method = 'GET'
  void answerFromPageCache(pages, request, response).then(({ sent, key }) => {
    if (!sent) passToNext(request, response, key)
  })
})
server.listen(port, () => {
  revalidateOnContentChange(port, () => pages.invalidate())
  console.log(`site ready on http://localhost:${port}`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close()
    server.closeAllConnections()
    process.exit(0)
  })
}
