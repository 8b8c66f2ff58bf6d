/** The print renderer: HTML previews and A4 PDFs of each issue, on port 3002. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createPublicCaller } from '@oneheart/api/server'
import { createPayloadConfig } from '@oneheart/schema/config'
import { TRPCError } from '@trpc/server'
import { getPayload } from 'payload'
import { escapeHtml, send, sendError } from './http/respond.ts'
import { readStatic } from './http/static.ts'
import { closeBrowser, renderPdf } from './render/browser.ts'
import { EDITIONS, isEdition, renderIssueHtml } from './render/issue.tsx'

const port = Number(process.env.PRINT_PORT ?? 3002)
const origin = `http://127.0.0.1:${port}`
const payload = await getPayload({ config: createPayloadConfig() })
const api = createPublicCaller(payload)

async function indexPage(): Promise<string> {
  const issues = await api.issues.list({ limit: 100 })
  const rows = issues.items
    .map((issue) => {
      const links = EDITIONS.map((e) => `<a href="/issues/${issue.number}/${e}">${e}</a> (<a href="/issues/${issue.number}/${e}.pdf">PDF</a>)`).join('　')
      return `<li>${escapeHtml(issue.title)}　${links}</li>`
    })
    .join('')
  return `<!doctype html><html lang="ja"><meta charset="utf-8"><title>印刷用 紙面</title><body><h1>印刷用 紙面</h1><ul>${rows}</ul></body></html>`
}

async function route(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', origin)
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'このページは表示のみできます。')
  if (url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', await indexPage())
  if (url.pathname === '/healthz') return send(res, 200, 'text/plain', 'ok')
  const asset = await readStatic(url.pathname)
  if (asset) return send(res, 200, asset.type, asset.body, { 'cache-control': 'public, max-age=86400' })

  const match = /^\/issues\/(\d{1,4})\/([a-z]+)(\.pdf)?$/.exec(url.pathname)
  if (!match) return sendError(res, 404, 'お探しのページは見つかりませんでした。')
  const [, number, edition = '', pdf] = match
  if (!isEdition(edition)) return sendError(res, 400, `「${edition}」という版はありません。standard・large・mono のいずれかを指定してください。`)
  const content = await api.editions.issue({ number: Number(number) })
  if (!pdf) return send(res, 200, 'text/html; charset=utf-8', renderIssueHtml(content))
  const file = await renderPdf(`${origin}/issues/${number}/${edition}`)
  return send(res, 200, 'application/pdf', file, { 'content-disposition': `inline; filename="oneheart-${number}-${edition}.pdf"` })
}

const server = createServer((req, res) => {
  route(req, res).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') return sendError(res, 404, error.message)
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') return sendError(res, 400, '号数が正しくありません。1以上の数字を指定してください。')
    if (error instanceof URIError) return sendError(res, 400, 'アドレスが正しくありません。')
    console.error('print: request failed', req.url, error)
    sendError(res, 500, '紙面を作れませんでした。時間をおいてもう一度お試しください。')
  })
})

server.listen(port, () => console.log(`print: listening on ${origin}`))
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close()
    void closeBrowser().finally(() => process.exit(0))
  })
}
