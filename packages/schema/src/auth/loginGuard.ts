import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { type WindowCounter, windowCounter } from '@oneheart/counters'
import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

/**
 * Login is throttled per client address and per address and account, instead of Payload's
 * lock-out (which lets anyone lock any account, the admin's included, by guessing wrong five
 * times): a guesser is slowed down where it stands, and the owner logging in from elsewhere is
 * not. Known and unknown accounts get the same answer in about the same time.
 */
export const LOGIN_LIMITS = {
  perAddress: { limit: 10, windowMs: 60_000 },
  perAddressAndAccount: { limit: 5, windowMs: 15 * 60_000 },
} as const

let counters: { perAddress: WindowCounter; perAddressAndAccount: WindowCounter } | undefined

/** Made on first use (REDIS_URL is read then): shared by every CMS instance when it is set. */
function loginCounters() {
  counters ??= {
    perAddress: windowCounter('login-address', LOGIN_LIMITS.perAddress.limit, LOGIN_LIMITS.perAddress.windowMs),
    perAddressAndAccount: windowCounter('login-account', LOGIN_LIMITS.perAddressAndAccount.limit, LOGIN_LIMITS.perAddressAndAccount.windowMs),
  }
  return counters
}

export const LOGIN_MESSAGES = {
  tooManyFromAddress: 'ログインの試行が多すぎます。1分ほど待ってから、もう一度お試しください。',
  tooManyForAccount:
    'このアカウントへのログインの試行が多すぎます。15分ほど待ってから、もう一度お試しください。パスワードを忘れた場合は「パスワードをお忘れですか？」から再設定できます。',
} as const

/**
 * The address of the client as the nearest proxy saw it: the last X-Forwarded-For entry (Next
 * fills it from the socket when no proxy did). Behind a reverse proxy, that proxy must append
 * the client's address (nginx: `proxy_add_x_forwarded_for`).
 */
export function clientAddress(headers: Headers | undefined): string {
  const forwarded = headers?.get('x-forwarded-for') ?? ''
  return (
    forwarded
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1) ?? 'local'
  )
}

/** Payload's current password hash (pbkdf2-sha256, 600,000 rounds, 32 bytes), on nothing. */
const hashNothing = (password: string) => promisify(pbkdf2)(password, randomBytes(16), 600_000, 32, 'sha256')

const normalisedEmail = (value: unknown) => (typeof value === 'string' ? value.toLowerCase().trim() : '')

export const guardLogin: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const email = normalisedEmail(data.email)
  const address = clientAddress(req.headers)
  const { perAddress, perAddressAndAccount } = loginCounters()
  if (!(await perAddress.take(address))) throw new APIError(LOGIN_MESSAGES.tooManyFromAddress, 429, null, true)
  if (!(await perAddressAndAccount.take(`${address}\n${email}`))) {
    await perAddress.refund(address)
    throw new APIError(LOGIN_MESSAGES.tooManyForAccount, 429, null, true)
  }
  // Payload answers an unknown address at once and a known one after hashing the password:
  // hash for the unknown one too, so the time does not tell which accounts exist.
  const known = email ? await req.payload.db.findOne({ collection: collection.slug, where: { email: { equals: email } }, req }) : null
  if (!known) await hashNothing(typeof data.password === 'string' ? data.password : '')
  return args
}

/** Only failed attempts count: a login that succeeded is taken back from both counters. */
export const forgiveLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const address = clientAddress(req.headers)
  const { perAddress, perAddressAndAccount } = loginCounters()
  await perAddress.refund(address)
  await perAddressAndAccount.refund(`${address}\n${normalisedEmail((user as { email?: unknown }).email)}`)
}
