import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * `npm ci` (CI) refuses a lockfile that lacks any optional dependency, and this machine's
 * registry does not serve turbo's macOS/Windows binaries, so `npm install` here drops them.
 * If this fails, run `npm run lock:platforms`.
 */
describe('package-lock.json', () => {
  it('lists every platform binary turbo may install', () => {
    const lock = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>
    }
    const wanted = Object.keys(lock.packages['node_modules/turbo']?.optionalDependencies ?? {})
    expect(wanted.length).toBeGreaterThan(0)
    const missing = wanted.filter((name) => !lock.packages[`node_modules/${name}`])
    expect(missing).toEqual([])
  })
})
