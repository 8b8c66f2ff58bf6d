import type { ServerResponse } from 'node:http'
import { PRINT_PAGE_POLICY } from './security.ts'

export function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
  // Only pages get the content policy: on a PDF it could stop the browser's own viewer.
  const policy = type.startsWith('text/html') ? { 'content-security-policy': PRINT_PAGE_POLICY } : {}
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...policy, ...headers })
  res.end(body)
}

/** A plain Japanese page for errors: the print app is used by editors, not developers. */
export function sendError(res: ServerResponse, status: number, message: string) {
  const html = `<!doctype html><html lang="ja"><meta charset="utf-8"><title>${status}</title><body><h1>${status}</h1><p>${escapeHtml(message)}</p><p><a href="/">号の一覧へ</a></p></body></html>`
  send(res, status, 'text/html; charset=utf-8', html)
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
}
