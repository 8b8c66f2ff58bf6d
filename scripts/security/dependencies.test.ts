import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ADVISORIES } from './advisories.ts'
import { compareVersions, installedCopies } from './installed.ts'

const root = path.resolve(import.meta.dirname, '..', '..')

/** The release that fixes the newest advisory listed for a package (payload's for @payloadcms/*). */
function minimumFor(name: string): { version: string; ids: string[] } | null {
  const key = name.startsWith('@payloadcms/') ? 'payload' : name
  const relevant = ADVISORIES.filter((advisory) => advisory.package === key)
  if (!relevant.length) return null
  const version = relevant
    .map((advisory) => advisory.fixedIn)
    .sort(compareVersions)
    .at(-1)!
  return { version, ids: relevant.filter((advisory) => advisory.fixedIn === version).map((advisory) => advisory.id) }
}

describe('installed frameworks are past their published advisories', () => {
  it('compares versions as releases do', () => {
    expect(compareVersions('16.2.6', '16.2.10')).toBeLessThan(0)
    expect(compareVersions('16.10.0', '16.9.9')).toBeGreaterThan(0)
    expect(compareVersions('16.2.6-canary.3', '16.2.6')).toBeLessThan(0)
    expect(compareVersions('3.79.1', '3.79.1')).toBe(0)
  })

  it('holds today’s floors: next ≥ 16.2.6, payload ≥ 3.79.1', () => {
    expect(compareVersions(minimumFor('next')!.version, '16.2.6')).toBeGreaterThanOrEqual(0)
    expect(compareVersions(minimumFor('payload')!.version, '3.79.1')).toBeGreaterThanOrEqual(0)
    expect(minimumFor('@payloadcms/next')).toEqual(minimumFor('payload'))
  })

  it('finds every installed copy of next, payload, @payloadcms/*, react and react-dom at or above its fix', () => {
    const copies = installedCopies(root)
    for (const name of ['next', 'payload', 'react', 'react-dom', '@payloadcms/next', '@payloadcms/db-postgres']) {
      expect(
        copies.some((copy) => copy.name === name),
        `${name} is installed`,
      ).toBe(true)
    }
    const tooOld = copies.flatMap((copy) => {
      const minimum = minimumFor(copy.name)
      return minimum && compareVersions(copy.version, minimum.version) < 0
        ? [`${copy.name}@${copy.version} in ${path.relative(root, copy.where)} < ${minimum.version} (${minimum.ids.join(', ')})`]
        : []
    })
    expect(tooOld).toEqual([])
  })
})
