import { PREFERENCE_CHOICES, PREFERENCE_COOKIE, isChoice, type Setting } from '../../lib/preferences'

const YEAR = 60 * 60 * 24 * 365

/** The path and query of `address` when it resolves to this site, else null. */
function onThisSite(address: string, site: URL): string | null {
  try {
    // Resolved as a browser would, so "//host" and "/\\host" are seen as other hosts.
    const target = new URL(address, site)
    // The host only: behind a proxy that ends TLS, the site sees http while pages are https.
    return target.host === site.host ? target.pathname + target.search : null
  } catch {
    return null
  }
}

/** A path on this site to go back to, from `back` or the page the link was on; never another host. */
function backTo(request: Request): string {
  const url = new URL(request.url)
  for (const address of [url.searchParams.get('back'), request.headers.get('referer')]) {
    const path = address ? onThisSite(address, url) : null
    if (path) return path
  }
  return '/'
}

/**
 * /settings?size=large remembers the choice and returns the reader to the page they were on.
 * Plain links, so it works without JavaScript.
 */
export function GET(request: Request) {
  const url = new URL(request.url)
  const headers = new Headers({ location: backTo(request), 'cache-control': 'no-store' })
  for (const key of Object.keys(PREFERENCE_CHOICES) as Setting[]) {
    const value = url.searchParams.get(key)
    if (value && isChoice(key, value)) headers.append('set-cookie', `${PREFERENCE_COOKIE[key]}=${value}; Path=/; Max-Age=${YEAR}; SameSite=Lax`)
  }
  return new Response(null, { status: 303, headers })
}
