import { describe, expect, it } from 'vitest'
import { type CpuProfile, placeOf, summariseCpuProfile } from './cpuProfile.ts'

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 })

describe('a CPU profile summary', () => {
  it('names places as a reader knows them', () => {
    expect(placeOf('file:///app/node_modules/next/dist/server/base-server.js')).toBe('next/server/base-server.js')
    expect(placeOf('file:///app/node_modules/@trpc/server/dist/index.mjs')).toBe('@trpc/server')
    expect(placeOf('node:internal/streams/readable')).toBe('node:internal/streams/readable')
    expect(placeOf('file:///work/main/apps/web/dist/server.js')).toBe('apps/web/dist/server.js')
    expect(placeOf('')).toMatch(/garbage collection/)
  })

  it('counts self time by place and inclusive time by function, a recursive function once', () => {
    // root → render (next) → render (recursion) → hash (ours); root → (gc)
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 5] },
        { id: 2, callFrame: frame('render', 'file:///x/node_modules/next/dist/server/render.js'), children: [3] },
        { id: 3, callFrame: frame('render', 'file:///x/node_modules/next/dist/server/render.js'), children: [4] },
        { id: 4, callFrame: frame('hash', 'file:///x/apps/web/server/hash.ts') },
        { id: 5, callFrame: frame('(garbage collector)', '') },
      ],
      samples: [3, 4, 4, 5],
      timeDeltas: [1000, 1000, 1000, 1000],
    }
    const summary = summariseCpuProfile(profile)
    expect(summary.totalMs).toBe(4)
    expect(summary.byPlace).toEqual([
      { place: 'apps/web/server/hash.ts', share: 0.5 },
      { place: 'next/server/render.js', share: 0.25 },
      { place: '(V8: garbage collection, native code, idle)', share: 0.25 },
    ])
    expect(summary.byFunction).toEqual([
      { name: 'render next/server/render.js', share: 0.75 },
      { name: 'hash apps/web/server/hash.ts', share: 0.5 },
    ])
  })
})
