import { originOf, siteContentSecurityPolicy } from '@oneheart/http'
import { NextResponse } from 'next/server'

/**
 * Previews of drafts are shown inside the CMS's live preview, so only they may be framed, and
 * only by the CMS. Its address is known at run time, not when next.config's headers are fixed.
 * The matcher keeps every other page free of this extra step.
 */
export function proxy() {
  const response = NextResponse.next()
  response.headers.set('Content-Security-Policy', siteContentSecurityPolicy(originOf(process.env.CMS_URL ?? 'http://localhost:3000')))
  return response
}

export const config = { matcher: ['/preview/:path*'] }
