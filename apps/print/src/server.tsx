/** The print renderer on port 3002: HTML previews and A4 PDFs of issues and event flyers. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { printEnv } from '@oneheart/env'
import { createPayloadConfig } from '@oneheart/schema/config'
import { getPayload } from 'payload'
import { ContentSource } from './content/sources.ts'
import { errorResponse } from './http/errors.ts'
import { indexPage } from './http/indexPage.ts'
import { handleRefresh } from './http/refresh.ts'
import { send, sendError } from './http/respond.ts'
import { setSecurityHeaders } from './http/security.ts'
import { EDITION_CHOICES, isEdition } from './layout/editions.ts'
import { PreviewBar } from './layout/PreviewBar.tsx'
import { readAsset } from './render/assets.ts'
import { closeBrowser } from './render/browser.ts'
import { eventPageUrl, flyerPrintable, issuePageUrl, issuePrintable, type Printable, Printer } from './render/printer.tsx'
import { RefreshQueue } from './render/refreshQueue.ts'

const port = printEnv().PRINT_PORT
const payload = await getPayload({ config: createPayloadConfig() })
const source = new ContentSource(payload)
const printer = new Printer()
const refreshQueue = new RefreshQueue(source, printer)

const HTML = 'text/html; charset=utf-8'

function sendPdf(res: ServerResponse, file: Buffer, name: string, key: string) {
  // The key is the content's hash: a reader's cache may keep it until the content changes.
  send(res, 200, 'application/pdf', file, { 'content-disposition': `inline; filename="${name}"`, etag: `"${key}"`, 'cache-control': 'no-cache' })
}

/** The preview: the page as printed, with a bar saying how many pages it makes and what went wrong. */
async function sendPreview(
  res: ServerResponse,
  plain: Printable,
  withBar: (status: Parameters<typeof PreviewBar>[0]['status']) => Printable,
  plannedPages: number | null,
) {
  let status = { pages: null as number | null, plannedPages, problem: null as string | null }
  try {
    status = { ...status, pages: (await printer.pdf(plain)).pages }
  } catch (error) {
    status = { ...status, problem: errorResponse(error).message }
  }
  send(res, 200, HTML, withBar(status).html)
}

/** How many pages an edition makes, for the CMS's issue screen. */
async function sendPageCount(res: ServerResponse, plain: Printable, plannedPages: number | null) {
  try {
    const { pages } = await printer.pdf(plain)
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ pages, plannedPages, overflow: plannedPages !== null && pages > plannedPages }))
  } catch (error) {
    const { status, message } = errorResponse(error)
    send(res, status, 'application/json; charset=utf-8', JSON.stringify({ error: message }))
  }
}

async function route(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://print.local')
  if (req.method === 'POST' && url.pathname === '/jobs/refresh') return handleRefresh(req, res, refreshQueue)
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'このページは表示のみできます。')
  if (url.pathname === '/') return send(res, 200, HTML, await indexPage(source))
  if (url.pathname === '/healthz') return send(res, 200, 'text/plain', 'ok')
  const asset = await readAsset(url.pathname)
  if (asset) return send(res, 200, asset.type, asset.body, { 'cache-control': 'public, max-age=3600' })

  const issue = /^\/issues\/(\d{1,4})\/([^/.]+)(\.pdf|\.json)?$/.exec(url.pathname)
  if (issue) {
    const [, number = '', edition = '', format] = issue
    const pdf = format === '.pdf'
    if (!isEdition(edition)) return sendError(res, 400, `「${edition}」という版はありません。${EDITION_CHOICES}のいずれかを指定してください。`)
    const token = url.searchParams.get('preview')
    const content = await source.issue(Number(number), token)
    const plain = issuePrintable(content, edition)
    if (pdf) {
      const made = await printer.pdf(plain)
      return sendPdf(res, made.file, `oneheart-${number}-${edition}.pdf`, made.key)
    }
    const planned = edition === 'large' ? null : content.issue.plannedPages
    if (format === '.json') return sendPageCount(res, plain, planned)
    const query = token ? `?preview=${encodeURIComponent(token)}` : ''
    const base = `/issues/${number}`
    return sendPreview(
      res,
      plain,
      (status) =>
        issuePrintable(
          content,
          edition,
          <PreviewBar base={base} edition={edition} query={query} status={status} draft={Boolean(token)} printedUrl={issuePageUrl(content.issue.number)} />,
        ),
      planned,
    )
  }

  const flyer = /^\/events\/(\d{1,9})\/flyer(\.pdf)?$/.exec(url.pathname)
  if (flyer) {
    const [, id = '', pdf] = flyer
    const content = await source.flyer(Number(id))
    const plain = flyerPrintable(content)
    if (pdf) {
      const made = await printer.pdf(plain)
      return sendPdf(res, made.file, `oneheart-event-${id}.pdf`, made.key)
    }
    return sendPreview(
      res,
      plain,
      (status) =>
        flyerPrintable(
          content,
          <PreviewBar base={`/events/${id}`} edition="flyer" query="" status={status} draft={false} printedUrl={eventPageUrl(content.event.slug)} />,
        ),
      1,
    )
  }
  return sendError(res, 404, 'お探しのページは見つかりませんでした。')
}

const server = createServer((req, res) => {
  setSecurityHeaders(req, res)
  route(req, res).catch((error: unknown) => {
    const { status, message } = errorResponse(error)
    if (status >= 500) console.error('print: request failed', req.url, error)
    if (!res.headersSent) sendError(res, status, message)
    else res.destroy()
  })
})

server.listen(port, () => console.log(`print: listening on http://localhost:${port}`))
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close()
    void closeBrowser().finally(() => process.exit(0))
  })
}
