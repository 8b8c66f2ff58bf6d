import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { describe, expect, it } from 'vitest'
import { lookRewrites } from './lookRewrites'
import { PREFERENCE_COOKIE } from './preferences'

const rules = lookRewrites()

// Next's own matchers for paths and cookies, so the rules are checked as the router reads them.
const matchers = rules.map((rule) => ({ ...rule, matchPath: getPathMatch(rule.source, { removeUnnamedParams: true }) }))

/** The looks a request would be rewritten to, in rule order (the router applies each match in turn). */
function destinationsFor(path: string, cookies: Record<string, string>): string[] {
  const request = { headers: {}, cookies } as unknown as Parameters<typeof matchHas>[0]
  return matchers
    .filter((rule) => rule.matchPath(path) !== false && matchHas(request, {}, rule.has, rule.missing) !== false)
    .map((rule) => rule.destination.split('/')[1]!)
}

describe('lookRewrites', () => {
  it('has one rule per look for pages and one for the home page', () => {
    expect(rules).toHaveLength(24)
    expect(new Set(rules.map((rule) => rule.destination)).size).toBe(24)
  })

  it('sends a reader without cookies to the default look', () => {
    expect(destinationsFor('/issues/4', {})).toEqual(['standard-normal-off'])
    expect(destinationsFor('/', {})).toEqual(['standard-normal-off'])
  })

  it('sends each combination of cookies to exactly its own look', () => {
    for (const size of ['standard', 'large', 'larger'])
      for (const contrast of ['normal', 'high'])
        for (const furigana of ['off', 'on']) {
          const cookies = { [PREFERENCE_COOKIE.size]: size, [PREFERENCE_COOKIE.contrast]: contrast, [PREFERENCE_COOKIE.furigana]: furigana }
          expect(destinationsFor('/articles/a', cookies)).toEqual([`${size}-${contrast}-${furigana}`])
          expect(destinationsFor('/', cookies)).toEqual([`${size}-${contrast}-${furigana}`])
        }
  })

  it('treats an unknown cookie value as the default', () => {
    expect(destinationsFor('/issues', { [PREFERENCE_COOKIE.size]: 'huge', [PREFERENCE_COOKIE.contrast]: 'high' })).toEqual(['standard-high-off'])
    expect(destinationsFor('/issues', { [PREFERENCE_COOKIE.size]: 'larger-than-life' })).toEqual(['standard-normal-off'])
  })

  it('leaves files, feeds and endpoints at their own paths', () => {
    for (const path of ['/_next/static/chunks/a.js', '/api/revalidate', '/settings', '/feed.xml', '/sitemap.xml', '/robots.txt', '/favicon.ico', '/search/suggest', '/events/exchange/sessions/1.ics']) {
      expect(destinationsFor(path, {}), path).toEqual([])
    }
    for (const path of ['/issues', '/issues/4', '/search', '/settings-help', '/events', '/activities/nobuko-chanchi']) {
      expect(destinationsFor(path, {}), path).toEqual(['standard-normal-off'])
    }
  })
})
