import { CONTRASTS, FURIGANA, PREFERENCE_COOKIE, TEXT_SIZES } from '../../lib/preferences'

const YEAR = 60 * 60 * 24 * 365

/**
 * /settings?size=large&back=/issues/3 remembers the choice and returns the reader to the page
 * they were on. Plain links, so it works without JavaScript.
 */
export function GET(request: Request) {
  const url = new URL(request.url)
  const back = url.searchParams.get('back') ?? '/'
  // Only paths on this site, never another host.
  const target = back.startsWith('/') && !back.startsWith('//') ? back : '/'
  const headers = new Headers({ location: target, 'cache-control': 'no-store' })
  for (const [key, allowed] of [['size', TEXT_SIZES], ['contrast', CONTRASTS], ['furigana', FURIGANA]] as const) {
    const value = url.searchParams.get(key)
    if (value && value in allowed) headers.append('set-cookie', `${PREFERENCE_COOKIE[key]}=${value}; Path=/; Max-Age=${YEAR}; SameSite=Lax`)
  }
  return new Response(null, { status: 303, headers })
}
