import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { printEnv } from './print.ts'
import { findRepoRoot } from './repoRoot.ts'
import { siteEnv } from './site.ts'

describe("the site's and the print app's own variables", () => {
  it('need no database and default to one machine', () => {
    expect(siteEnv({})).toEqual({ CMS_URL: 'http://localhost:3000', WEB_URL: 'http://localhost:3001', PRINT_URL: 'http://localhost:3002', WEB_PORT: 3001 })
    const print = printEnv({})
    expect([print.PRINT_PORT, print.PRINT_CONCURRENCY, print.S3_BUCKET]).toEqual([3002, 2, undefined])
    expect(print.PRINT_CACHE_DIR).toBe(path.join(findRepoRoot(), '.data', 'print-cache'))
  })

  it('refuse an address that is not http(s), naming the variable and the process', () => {
    expect(() => siteEnv({ CMS_URL: 'localhost:3000' })).toThrow(/reader site[\s\S]*CMS_URL/)
    expect(() => printEnv({ PRINT_PORT: 'eighty' })).toThrow(/print app[\s\S]*PRINT_PORT/)
  })
})
