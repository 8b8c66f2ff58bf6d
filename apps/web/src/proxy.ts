import { NextResponse, type NextRequest } from 'next/server'

/**
 * Tells the layout which page it is rendering, so the text-size links can bring the reader
 * back to it (layouts are not given the path).
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers)
  headers.set('x-oneheart-path', request.nextUrl.pathname + request.nextUrl.search)
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/((?!_next/|settings|feed.xml|sitemap.xml|robots.txt|favicon).*)'] }
