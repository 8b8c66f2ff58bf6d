import type { ApiKeyScope } from '@oneheart/contract'
import { hasRole, type User } from '@oneheart/schema'
import { apiKeyMatches, parseApiKey } from '@oneheart/tokens'
import type { Payload } from 'payload'

export interface Caller {
  via: 'anonymous' | 'session' | 'apiKey'
  user: User | null
  scopes: ReadonlySet<ApiKeyScope>
  apiKey?: { id: number; name: string }
  /** Set when credentials were sent but are not valid: the request is refused with 401. */
  failure?: string
}

export const ANONYMOUS: Caller = { via: 'anonymous', user: null, scopes: new Set() }
const STAFF_SCOPES: ReadonlySet<ApiKeyScope> = new Set(['read:drafts', 'write'])
const BAD_KEY = 'APIキーが正しくないか、無効にされています。'
const BAD_TOKEN = 'ログインのトークン（Authorization: JWT …）が正しくないか、期限が切れています。ログインし直してください。'

/** Verifies an API key against its record on every request, so revoking takes effect at once. */
async function callerFromApiKey(payload: Payload, key: string): Promise<Caller> {
  const parsed = parseApiKey(key)
  if (!parsed) return { ...ANONYMOUS, failure: BAD_KEY }
  const record = await payload.findByID({ collection: 'api-keys', id: parsed.id, depth: 1, overrideAccess: true, disableErrors: true }).catch(() => null)
  if (!record?.salt || record.revokedAt || !apiKeyMatches(payload.secret, key, record.id, record.salt)) {
    return { ...ANONYMOUS, failure: BAD_KEY }
  }
  const owner = typeof record.owner === 'object' ? record.owner : null
  if (!owner || !hasRole({ ...owner, collection: 'users' }, 'admin', 'editor')) return { ...ANONYMOUS, failure: BAD_KEY }
  return {
    via: 'apiKey',
    user: { ...owner, collection: 'users' } as User,
    scopes: new Set(record.scopes ?? []),
    apiKey: { id: record.id, name: record.name },
  }
}

/** Who is calling: an API key (`Authorization: Bearer oh_…`), a Payload session or JWT, or nobody. */
export async function identifyCaller(payload: Payload, headers: Headers): Promise<Caller> {
  const authorization = headers.get('authorization') ?? ''
  if (authorization.startsWith('Bearer ')) return callerFromApiKey(payload, authorization.slice('Bearer '.length).trim())
  // No credentials at all (most public reads): no session to look up, and Payload's auth would
  // work out every collection's permissions for nobody.
  if (!authorization && !headers.get('cookie')?.includes('payload-token')) return ANONYMOUS
  const { user } = await payload.auth({ headers }).catch(() => ({ user: null }))
  // A token that was sent but does not hold is refused, never read as "anonymous": a script
  // whose login expired must be told, not silently shown only public content.
  if (/^JWT\b/i.test(authorization) && user?.collection !== 'users') return { ...ANONYMOUS, failure: BAD_TOKEN }
  if (user?.collection !== 'users') return ANONYMOUS
  return callerForUser(user as User)
}

/** A signed-in person: staff may read drafts and write, anyone else only what is public. */
export function callerForUser(user: User): Caller {
  const staff = hasRole({ ...user, collection: 'users' }, 'admin', 'editor')
  return { via: 'session', user: { ...user, collection: 'users' }, scopes: staff ? STAFF_SCOPES : new Set() }
}
