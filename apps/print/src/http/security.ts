import type { IncomingMessage, ServerResponse } from 'node:http'
import { printEnv } from '@oneheart/env'
import { COMMON_HEADERS, HSTS_HEADER, NOT_FRAMEABLE, originOf, printContentSecurityPolicy } from '@oneheart/http'

/** The print app's pages run no script; with S3 storage their photos come from the CMS. */
export const PRINT_PAGE_POLICY = printContentSecurityPolicy(printEnv().S3_BUCKET ? originOf(printEnv().CMS_URL) : [])

/** Headers every answer of the print app carries; HSTS when the browser came over HTTPS (directly or through a proxy). */
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse) {
  for (const [name, value] of [...COMMON_HEADERS, ...NOT_FRAMEABLE]) res.setHeader(name, value)
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim()
    .toLowerCase()
  const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true
  if (forwarded === 'https' || (!forwarded && encrypted)) res.setHeader(...HSTS_HEADER)
}
