import { readFileSync } from 'node:fs'

/** The parts of a V8 `.cpuprofile` (what `node --cpu-prof` writes) this summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]
  samples: number[]
  timeDeltas: number[]
}

export interface CpuSummary {
  totalMs: number
  /** Time spent in each file or package's own code (self time), largest first, as shares of the total. */
  byPlace: { place: string; share: number }[]
  /** Time spent in each function and everything it called (inclusive time), largest first. */
  byFunction: { name: string; share: number }[]
}

/** A file as a reader of the profile knows it: a package (Next's own files by name), a Node module, or our source. */
export function placeOf(url: string): string {
  if (!url) return '(V8: garbage collection, native code, idle)'
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url)
  if (inPackage) return inPackage[1] === 'next' ? `next/${inPackage[2]!.replace(/^dist\//, '')}` : inPackage[1]!
  if (url.includes('/.next/server/chunks/')) return `.next chunk ${url.split('/').pop()}`
  if (url.startsWith('node:')) return url
  return url.replace(/^file:\/\//, '').replace(/^.*?\/(apps|packages|scripts)\//, '$1/')
}

/** Self time by place and inclusive time by function, from a profile's samples. */
export function summariseCpuProfile(profile: CpuProfile, top = 20): CpuSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const selfTime = new Map<number, number>()
  let total = 0
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0
    selfTime.set(id, (selfTime.get(id) ?? 0) + delta)
    total += delta
  })
  const byPlace = new Map<string, number>()
  const byFunction = new Map<string, number>()
  for (const [id, time] of selfTime) {
    const place = placeOf(nodes.get(id)!.callFrame.url)
    byPlace.set(place, (byPlace.get(place) ?? 0) + time)
    // Each function once per sample, however deep its recursion.
    const seen = new Set<string>()
    for (let current: number | undefined = id; current !== undefined; current = parents.get(current)) {
      const { functionName, url } = nodes.get(current)!.callFrame
      if (!url) continue
      const name = `${functionName || '(anonymous)'} ${placeOf(url)}`
      if (seen.has(name)) continue
      seen.add(name)
      byFunction.set(name, (byFunction.get(name) ?? 0) + time)
    }
  }
  const ranked = <K extends string>(entries: Map<string, number>, key: K) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([label, time]) => ({ [key]: label, share: total ? time / total : 0 }) as Record<K, string> & { share: number })
  return { totalMs: total / 1000, byPlace: ranked(byPlace, 'place'), byFunction: ranked(byFunction, 'name') }
}

export const readCpuProfile = (file: string): CpuProfile => JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
