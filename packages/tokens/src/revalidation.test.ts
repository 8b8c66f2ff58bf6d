import { describe, expect, it } from 'vitest'
import { carriesRevalidationToken, revalidationToken } from './revalidation.ts'

describe('the token the CMS sends the site and the print app', () => {
  const secret = 'a-secret-for-this-test-only-0123456789'

  it('accepts only "Bearer <token>" made from the same secret', () => {
    expect(carriesRevalidationToken(`Bearer ${revalidationToken(secret)}`, secret)).toBe(true)
    expect(carriesRevalidationToken(revalidationToken(secret), secret)).toBe(false)
    expect(carriesRevalidationToken(`Bearer ${revalidationToken('another-secret-of-enough-length')}`, secret)).toBe(false)
    expect(carriesRevalidationToken(undefined, secret)).toBe(false)
  })

  it('accepts nothing when no secret is configured', () => {
    expect(carriesRevalidationToken(`Bearer ${revalidationToken('')}`, '')).toBe(false)
  })
})
