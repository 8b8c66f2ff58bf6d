import { PREFERENCE_CHOICES, PREFERENCE_COOKIE, type Setting } from '../../lib/preferences'

const YEAR = 60 * 60 * 24 * 365

/** A path on this site to go back to, from `back` or the page the link was on; never another host. */
function backTo(request: Request): string {
  const url = new URL(request.url)
  const given = url.searchParams.get('back')
  if (given?.startsWith('/') && !given.startsWith('//')) return given
  const referer = request.headers.get('referer')
  if (referer) {
    const from = new URL(referer)
    if (from.host === url.host) return from.pathname + from.search
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
    if (value && value in PREFERENCE_CHOICES[key]) headers.append('set-cookie', `${PREFERENCE_COOKIE[key]}=${value}; Path=/; Max-Age=${YEAR}; SameSite=Lax`)
  }
  return new Response(null, { status: 303, headers })
}
