import { describe, expect, it } from 'vitest'
import { serverEnv } from './env.ts'

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
