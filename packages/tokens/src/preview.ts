import { hmac, sameInConstantTime } from './hmac.ts'

/**
 * Signed links to previews of drafts: the print app's paper preview and the reader site's live
 * preview. The CMS signs one for the editor looking at a record; the app that opens it shares
 * PAYLOAD_SECRET and reads drafts as that editor until the link expires. A signature covers
 * one subject ("issue:5", "article:12"), so a link opens nothing else. Works across hosts,
 * unlike a cookie.
 */
const PREVIEW_HOURS = 12

export type PreviewSubject = `issue:${number}` | `article:${number}`

function signature(secret: string, subject: PreviewSubject, userId: number, expires: number): string {
  return hmac(secret, `oneheart:preview:${subject}:${userId}:${expires}`, 'base64url')
}

export function previewToken(secret: string, subject: PreviewSubject, userId: number, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + PREVIEW_HOURS * 3600
  return `${userId}.${expires}.${signature(secret, subject, userId, expires)}`
}

export type PreviewTokenCheck = { ok: true; userId: number } | { ok: false; reason: 'malformed' | 'expired' | 'forged' }

export function checkPreviewToken(secret: string, subject: PreviewSubject, token: string, now = Date.now()): PreviewTokenCheck {
  const match = /^(\d{1,10})\.(\d{1,12})\.([\w-]{43})$/.exec(token)
  if (!match) return { ok: false, reason: 'malformed' }
  const userId = Number(match[1])
  const expires = Number(match[2])
  if (!sameInConstantTime(match[3] ?? '', signature(secret, subject, userId, expires))) return { ok: false, reason: 'forged' }
  if (expires * 1000 < now) return { ok: false, reason: 'expired' }
  return { ok: true, userId }
}

/** Why a preview link did not open, for the person who clicked it. */
export const PREVIEW_REFUSALS = {
  malformed: 'プレビューのリンクが正しくありません。管理画面から開き直してください。',
  forged: 'プレビューのリンクが正しくありません。管理画面から開き直してください。',
  expired: 'プレビューのリンクの有効期限が切れました。管理画面から開き直してください。',
  role: 'このリンクを作った方には、下書きを見る権限がありません。',
} as const
