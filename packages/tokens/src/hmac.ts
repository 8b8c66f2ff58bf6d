import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The one signing primitive behind every token One Heart hands out: HMAC-SHA-256 over a
 * message, keyed by the shared PAYLOAD_SECRET. Each scheme puts its own purpose in the message,
 * so a signature made for one use never passes as another.
 */
export function hmac(secret: string, message: string, encoding: 'hex' | 'base64url'): string {
  return createHmac('sha256', secret).update(message).digest(encoding)
}

/** Compares two texts in time that does not depend on where they first differ. */
export function sameInConstantTime(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
