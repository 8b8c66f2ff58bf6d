import { hmac, sameInConstantTime } from './hmac.ts'

/** The token the reader site (/api/revalidate) and the print app (/jobs/refresh) accept from the CMS. */
export function revalidationToken(secret: string): string {
  return hmac(secret, 'oneheart:revalidate-site', 'hex')
}

/** Whether an Authorization header carries that token ("Bearer …"). No secret configured: nothing does. */
export function carriesRevalidationToken(authorization: string | null | undefined, secret: string | undefined): boolean {
  if (!secret) return false
  return sameInConstantTime(authorization ?? '', `Bearer ${revalidationToken(secret)}`)
}
