import { describe, expect, it } from 'vitest'
import { serverEnv } from './server.ts'

const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', PAYLOAD_SECRET: 'x'.repeat(32), NODE_ENV: 'production' as const }

describe('PUBLIC_SITE_URL, the address paper carries', () => {
  it('is required outside demo mode, and the error names it', () => {
    expect(() => serverEnv(base)).toThrow(/PUBLIC_SITE_URL is not set/)
  })

  it('defaults to the local site in demo mode and in tests', () => {
    expect(serverEnv({ ...base, ONEHEART_DEMO: 'true', WEB_URL: 'http://localhost:4001' }).PUBLIC_SITE_URL).toBe('http://localhost:4001')
    expect(serverEnv({ ...base, NODE_ENV: 'test' }).PUBLIC_SITE_URL).toBe('http://localhost:3001')
  })

  it('is used as given, without a trailing slash, and refused when it is not an http(s) address', () => {
    expect(serverEnv({ ...base, PUBLIC_SITE_URL: 'https://www.example.city.jp/oneheart/' }).PUBLIC_SITE_URL).toBe('https://www.example.city.jp/oneheart')
    expect(() => serverEnv({ ...base, PUBLIC_SITE_URL: 'www.example.city.jp' })).toThrow(/PUBLIC_SITE_URL/)
  })
})

describe('numbers given as text', () => {
  const demo = { ...base, ONEHEART_DEMO: 'true' }

  it('take their defaults when unset or empty', () => {
    const env = serverEnv({ ...demo, API_WRITES_PER_MINUTE: '' })
    expect([env.API_WRITES_PER_MINUTE, env.ARCHIVE_MAX_MB, env.ARCHIVE_MAX_PAGES, env.ARCHIVE_REVIEW_BELOW]).toEqual([60, 50, 40, 70])
  })

  it('are read as numbers', () => {
    const env = serverEnv({ ...demo, API_WRITES_PER_MINUTE: '5', ARCHIVE_MAX_MB: '2.5' })
    expect([env.API_WRITES_PER_MINUTE, env.ARCHIVE_MAX_MB]).toEqual([5, 2.5])
  })

  it('are refused, by name, when not a positive number', () => {
    expect(() => serverEnv({ ...demo, ARCHIVE_MAX_PAGES: 'many' })).toThrow(/ARCHIVE_MAX_PAGES/)
    expect(() => serverEnv({ ...demo, API_WRITES_PER_MINUTE: '0' })).toThrow(/API_WRITES_PER_MINUTE/)
    expect(() => serverEnv({ ...demo, API_WRITES_PER_MINUTE: '1.5' })).toThrow(/API_WRITES_PER_MINUTE/)
  })
})
