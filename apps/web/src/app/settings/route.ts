import { requestOrigin, sameOriginAddress } from '@oneheart/http'
import { isChoice, PREFERENCE_CHOICES, PREFERENCE_COOKIE, type Setting } from '~/lib/preferences'

const YEAR = 60 * 60 * 24 * 365

/** An address on this site to go back to, from `back` or the page the link was on; never another site. */
function backTo(request: Request): string {
  const url = new URL(request.url)
  const origin = requestOrigin(request)
  for (const address of [url.searchParams.get('back'), request.headers.get('referer')]) {
    const target = address ? sameOriginAddress(address, origin) : null
    if (target) return target
  }
  return `${origin}/`
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
