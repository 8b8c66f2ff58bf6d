/**
 * The site's production server: Next.js's own request handler, behind two steps it cannot take
 * itself. Pages get a content policy that lets their own inline scripts run and no other
 * (see hashInlineScripts.ts); and responses are compressed after that, since the hashes are
 * taken of the page as written (next.config turns Next's own compression off). And each instance
 * drops its cached pages when PostgreSQL says content changed (revalidateOnContentChange.ts).
 * Port: `--port`/`-p`, else WEB_PORT, else 3001.
 */
import { createServer } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { siteEnv } from '@oneheart/env'
import compression from 'compression'
import next from 'next'
import { hashInlineScripts } from './hashInlineScripts.ts'
import { revalidateOnContentChange } from './revalidateOnContentChange.ts'

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' } } })
const port = Number(values.port ?? siteEnv().WEB_PORT)

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '..'), port })
await app.prepare()
const handle = app.getRequestHandler()
const compress = compression()

const server = createServer((request, response) => {
  compress(request as never, response as never, () => {
    hashInlineScripts(response)
    void handle(request, response)
  })
})
server.listen(port, () => {
  revalidateOnContentChange(port)
  console.log(`site ready on http://localhost:${port}`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close()
    server.closeAllConnections()
    process.exit(0)
  })
}
