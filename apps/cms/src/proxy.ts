import { serverEnv } from '@oneheart/env'
import { adminContentSecurityPolicy, originOf } from '@oneheart/http'
import { type NextRequest, NextResponse } from 'next/server'

/** Payload's language cookie: set when an editor picks a language in their account settings. */
const LANGUAGE_COOKIE = 'payload-lng'

/** The admin frames the reader site in its live preview; the site's address is known at run time only. */
let adminPolicy: string | undefined

/**
 * The admin is Japanese by default. Payload would otherwise follow the browser's
 * Accept-Language, so a shared PC set to English would show English to a coordinator.
 * An explicit choice (the cookie) is always kept.
 */
function withJapaneseDefault(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'ja')
  const response = NextResponse.next({ request })
  response.cookies.set(LANGUAGE_COOKIE, 'ja', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export function proxy(request: NextRequest) {
  const response = withJapaneseDefault(request)
  adminPolicy ??= adminContentSecurityPolicy(originOf(serverEnv().WEB_URL))
  response.headers.set('Content-Security-Policy', adminPolicy)
  return response
}

export const config = { matcher: ['/admin/:path*'] }
