import { siteEnv } from '@oneheart/env'
import { originOf, siteContentSecurityPolicy } from '@oneheart/http'
import { type NextRequest, NextResponse } from 'next/server'

/** Whether every %-escape in a path decodes (no "%zz", no escaped lone surrogate like %ED%A0%80). */
function decodes(path: string): boolean {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

/**
 * Two jobs, each on the few paths the matcher sends here, so ordinary pages skip this step:
 * - an address whose %-escapes do not decode is no page: it gets the site's 404 page (Next
 *   would fail on it with a plain-text 500 while reading the page's parameters);
 * - previews of drafts are shown inside the CMS's live preview, so only they may be framed,
 *   and only by the CMS, whose address is known at run time, not when next.config is built.
 */
export function proxy(request: NextRequest) {
  if (!decodes(new URL(request.url).pathname)) return NextResponse.rewrite(new URL('/404', request.url))
  const response = NextResponse.next()
  if (request.nextUrl.pathname.startsWith('/preview/')) {
    response.headers.set('Content-Security-Policy', siteContentSecurityPolicy(originOf(siteEnv().CMS_URL)))
  }
  return response
}

export const config = { matcher: ['/preview/:path*', '/:path(.*%.*)'] }
