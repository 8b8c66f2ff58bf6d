import { describe, expect, it } from 'vitest'
import { servedOverHttps } from './origin.ts'
import { adminContentSecurityPolicy, nextHeaderRules, originOf, printContentSecurityPolicy, siteContentSecurityPolicy } from './securityHeaders.ts'

const directives = (policy: string) => new Map(policy.split('; ').map((part) => [part.split(' ')[0]!, part.split(' ').slice(1)]))

describe('content security policies', () => {
  it('lets the site run only its own scripts, never eval, and be framed by nobody unless named', () => {
    const site = directives(siteContentSecurityPolicy())
    expect(site.get('script-src')).toEqual(["'self'"])
    expect(site.get('object-src')).toEqual(["'none'"])
    expect(site.get('base-uri')).toEqual(["'none'"])
    expect(site.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives(siteContentSecurityPolicy(['http://cms.example'])).get('frame-ancestors')).toEqual(['http://cms.example'])
  })

  it('runs no script on print pages', () => {
    expect(directives(printContentSecurityPolicy()).get('script-src')).toEqual(["'none'"])
    expect(directives(printContentSecurityPolicy()).get('default-src')).toEqual(["'none'"])
  })

  it('keeps the admin unframeable while it frames the site', () => {
    const admin = directives(adminContentSecurityPolicy(['http://site.example']))
    expect(admin.get('frame-ancestors')).toEqual(["'none'"])
    expect(admin.get('frame-src')).toContain('http://site.example')
    expect(admin.get('script-src')).not.toContain("'unsafe-eval'")
  })

  it('reads origins and ignores what is not a URL', () => {
    expect(originOf('http://localhost:3000/admin')).toEqual(['http://localhost:3000'])
    expect(originOf('not a url')).toEqual([])
    expect(originOf(undefined)).toEqual([])
  })
})

describe('HSTS', () => {
  it('is sent by Next only when the proxy says https', () => {
    const hsts = nextHeaderRules().find((rule) => rule.headers.some((header) => header.key === 'Strict-Transport-Security'))
    expect(hsts?.has).toEqual([{ type: 'header', key: 'x-forwarded-proto', value: 'https' }])
  })

  it('reads the scheme the browser used', () => {
    expect(servedOverHttps(new Request('http://a.example/', { headers: { 'x-forwarded-proto': 'https' } }))).toBe(true)
    expect(servedOverHttps(new Request('https://a.example/', { headers: { 'x-forwarded-proto': 'http' } }))).toBe(false)
    expect(servedOverHttps(new Request('https://a.example/'))).toBe(true)
    expect(servedOverHttps(new Request('http://a.example/'))).toBe(false)
  })
})
