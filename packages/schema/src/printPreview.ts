import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Signed links to the print app's preview of an issue's drafts. The CMS signs one for the
 * editor looking at the issue; the print app, which shares PAYLOAD_SECRET, reads drafts as
 * that editor until the link expires. Works across hosts, unlike a cookie.
 */
const PREVIEW_HOURS = 12

function signature(secret: string, issueNumber: number, userId: number, expires: number): string {
  return createHmac('sha256', secret).update(`oneheart:print-preview:${issueNumber}:${userId}:${expires}`).digest('base64url')
}

export function printPreviewToken(secret: string, issueNumber: number, userId: number, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + PREVIEW_HOURS * 3600
  return `${userId}.${expires}.${signature(secret, issueNumber, userId, expires)}`
}

export type PreviewTokenCheck = { ok: true; userId: number } | { ok: false; reason: 'malformed' | 'expired' | 'forged' }

export function checkPrintPreviewToken(secret: string, issueNumber: number, token: string, now = Date.now()): PreviewTokenCheck {
  const match = /^(\d{1,10})\.(\d{1,12})\.([\w-]{43})$/.exec(token)
  if (!match) return { ok: false, reason: 'malformed' }
  const userId = Number(match[1])
  const expires = Number(match[2])
  const expected = Buffer.from(signature(secret, issueNumber, userId, expires))
  if (!timingSafeEqual(expected, Buffer.from(match[3] ?? ''))) return { ok: false, reason: 'forged' }
  if (expires * 1000 < now) return { ok: false, reason: 'expired' }
  return { ok: true, userId }
}
