import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { describe, expect, it } from 'vitest'
import { lookRewrites } from './lookRewrites'
import { PREFERENCE_COOKIE } from './preferences'

const rules = lookRewrites()
// Next's own matchers for paths and cookies, so the rules are checked as the router reads them.
const matchers = rules.map((rule) => ({ ...rule, matchPath: getPathMatch(rule.source, { removeUnnamedParams: true }) }))

/** Where a request ends up if every matching rule applies in turn to the path so far: stricter than Next's router, which may stop early. */
function rewritten(path: string, cookies: Record<string, string> = {}): string {
  const request = { headers: {}, cookies } as unknown as Parameters<typeof matchHas>[0]
  return matchers.reduce((current, rule) => {
    const params = rule.matchPath(current)
    if (params === false || matchHas(request, {}, rule.has, rule.missing) === false) return current
    return rule.destination.replace(':path', String(params.path ?? ''))
  }, path)
}

describe('lookRewrites', () => {
  it('has one rule per look for pages and one for the home page', () => {
    expect(rules).toHaveLength(24)
    expect(new Set(rules.map((rule) => rule.destination)).size).toBe(24)
  })

  it('sends a reader without cookies to the default look, once', () => {
    expect(rewritten('/issues/4')).toBe('/standard-normal-off/issues/4')
    expect(rewritten('/')).toBe('/standard-normal-off')
  })

  it('sends each combination of cookies to exactly its own look', () => {
    for (const size of ['standard', 'large', 'larger'])
      for (const contrast of ['normal', 'high'])
        for (const furigana of ['off', 'on']) {
          const cookies = { [PREFERENCE_COOKIE.size]: size, [PREFERENCE_COOKIE.contrast]: contrast, [PREFERENCE_COOKIE.furigana]: furigana }
          expect(rewritten('/articles/a', cookies)).toBe(`/${size}-${contrast}-${furigana}/articles/a`)
          expect(rewritten('/', cookies)).toBe(`/${size}-${contrast}-${furigana}`)
        }
  })

  it('treats an unknown cookie value as the default', () => {
    expect(rewritten('/issues', { [PREFERENCE_COOKIE.size]: 'huge', [PREFERENCE_COOKIE.contrast]: 'high' })).toBe('/standard-high-off/issues')
    expect(rewritten('/issues', { [PREFERENCE_COOKIE.size]: 'larger-than-life' })).toBe('/standard-normal-off/issues')
  })

  it('leaves files, feeds and endpoints at their own paths', () => {
    for (const path of [
      '/_next/static/chunks/a.js',
      '/api/revalidate',
      '/settings',
      '/feed.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/favicon.ico',
      '/api/search/suggest',
      '/api/events/exchange/sessions/1.ics',
    ]) {
      expect(rewritten(path), path).toBe(path)
    }
    for (const path of ['/issues', '/search', '/settings-help', '/events', '/activities/nobuko-chanchi']) {
      expect(rewritten(path), path).toBe(`/standard-normal-off${path}`)
    }
  })
})
