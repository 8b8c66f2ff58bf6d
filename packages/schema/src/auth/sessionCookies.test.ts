import { describe, expect, it } from 'vitest'
import { Users } from '../collections/Users.ts'
import { withSessionCookies } from './sessionCookies.ts'

describe('session cookies', () => {
  it('are Secure when the CMS is served over HTTPS, and not over plain HTTP', () => {
    const cookies = (url: string) => (withSessionCookies(Users, url).auth as { cookies: { secure: boolean; sameSite: string } }).cookies
    expect(cookies('https://cms.example.city.jp')).toMatchObject({ secure: true, sameSite: 'Lax' })
    expect(cookies('http://localhost:3000').secure).toBe(false)
    expect((withSessionCookies(Users, 'https://x').auth as { maxLoginAttempts: number }).maxLoginAttempts).toBe(0)
  })
})
