import { describe, expect, it } from 'vitest'
import { GET } from './route'

const SITE = 'http://localhost:3001'

function locationFor(back: string, headers: Record<string, string> = {}): string {
  const response = GET(new Request(`${SITE}/settings?size=large&back=${encodeURIComponent(back)}`, { headers }))
  expect(response.status).toBe(303)
  return response.headers.get('location')!
}

describe('/settings sends the reader back on this site only', () => {
  // The four payloads that led browsers off-site (issue 16).
  it.each([
    ['/.//evil.example/phish', `${SITE}/evil.example/phish`],
    ['/..//evil.example', `${SITE}/evil.example`],
    [`${SITE}//evil.example`, `${SITE}/evil.example`],
    [`${SITE}/\\evil.example`, `${SITE}/evil.example`],
  ])('%s stays on the site', (back, expected) => {
    const location = locationFor(back)
    expect(location).toBe(expected)
    expect(new URL(location).origin).toBe(SITE)
    expect(new URL(location).pathname).not.toMatch(/^[/\\]{2}/)
  })

  it.each(['//evil.example/', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', 'http://localhost:3001@evil.example/'])(
    '%s falls back to the home page',
    (back) => {
      expect(locationFor(back)).toBe(`${SITE}/`)
    },
  )

  it('keeps an ordinary path and query', () => {
    expect(locationFor('/issues/3?x=1')).toBe(`${SITE}/issues/3?x=1`)
  })

  it('answers with https behind a proxy that ended TLS', () => {
    expect(locationFor('/issues/3', { 'x-forwarded-proto': 'https' })).toBe('https://localhost:3001/issues/3')
  })
})
