import { randomBytes } from 'node:crypto'
import { hmac, sameInConstantTime } from './hmac.ts'

/**
 * API keys are derived, not stored: `oh_<id>_<HMAC(secret, id:salt)>`. The database keeps only
 * a random salt per key, so a copy of the database leaks no key, while an administrator can
 * still read a key in the CMS (it is derived again on read). Revoking is a date on the record,
 * checked on every request.
 */
const PREFIX = 'oh'

export function newKeySalt(): string {
  return randomBytes(16).toString('hex')
}

function signature(secret: string, id: number, salt: string): string {
  return hmac(secret, `${id}:${salt}`, 'base64url').slice(0, 32)
}

export function deriveApiKey(secret: string, id: number, salt: string): string {
  return `${PREFIX}_${id}_${signature(secret, id, salt)}`
}

/** The record id a key claims to be; verify it with `apiKeyMatches` once the salt is loaded. */
export function parseApiKey(key: string): { id: number } | null {
  const match = /^oh_(\d{1,10})_([A-Za-z0-9_-]{32})$/.exec(key)
  return match ? { id: Number(match[1]) } : null
}

export function apiKeyMatches(secret: string, key: string, id: number, salt: string): boolean {
  return sameInConstantTime(key, deriveApiKey(secret, id, salt))
}
