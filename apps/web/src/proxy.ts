import { NextResponse, type NextRequest } from 'next/server'
import { lookOf, preferencesFromCookies } from './lib/preferences'

/**
 * Serves each page in the reader's look (text size, contrast, furigana): /issues/3 is
 * rendered as /{look}/issues/3, so every combination is cached as a whole page and the
 * choices work without JavaScript.
 */
export function proxy(request: NextRequest) {
  const look = lookOf(preferencesFromCookies((name) => request.cookies.get(name)?.value))
  const url = request.nextUrl.clone()
  url.pathname = `/${look}${request.nextUrl.pathname === '/' ? '' : request.nextUrl.pathname}`
  return NextResponse.rewrite(url)
}

export const config = {
  // Files, feeds and the small endpoints are the same in every look.
  matcher: ['/((?!_next/|api/|settings|feed\\.xml|sitemap\\.xml|robots\\.txt|favicon|search/suggest|events/[^/]+/sessions/).*)'],
}
