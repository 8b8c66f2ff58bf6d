import type { Answer } from './client.ts'

/** Latencies and failures of one kind of request during one load level. */
export class Tally {
  readonly latencies: number[] = []
  errors = 0
  lostWrites = 0
  /** A few failures as they came, to say what went wrong rather than only how often. */
  readonly samples: string[] = []

  record(what: string, answer: Answer) {
    this.latencies.push(answer.ms)
    if (answer.status >= 200 && answer.status < 300) return
    this.errors += 1
    if (this.samples.length < 3) this.samples.push(`${what} → ${answer.status || answer.failure} ${answer.body.slice(0, 160).replace(/\s+/g, ' ')}`)
  }

  perSecond(seconds: number) {
    return this.latencies.length / seconds
  }

  p95() {
    const sorted = [...this.latencies].sort((a, b) => a - b)
    return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? NaN
  }
}

export const KINDS = ['page', 'search page', 'search.query', 'pdf', 'autosave', 'publish'] as const
export type Kind = (typeof KINDS)[number]
export const WRITE_KINDS: readonly Kind[] = ['autosave', 'publish']

export function newTallies(): Record<Kind, Tally> {
  return Object.fromEntries(KINDS.map((kind) => [kind, new Tally()])) as Record<Kind, Tally>
}

export function printTable(tallies: Record<Kind, Tally>, seconds: number, baseline: { perSecond: number; p95: number }) {
  console.log('  kind            requests   req/s   p95 ms  errors  lost writes')
  for (const kind of KINDS) {
    const tally = tallies[kind]
    const lost = WRITE_KINDS.includes(kind) ? String(tally.lostWrites) : '-'
    console.log(
      `  ${kind.padEnd(14)} ${String(tally.latencies.length).padStart(9)} ${tally.perSecond(seconds).toFixed(1).padStart(7)} ${tally.p95().toFixed(0).padStart(8)} ${String(tally.errors).padStart(7)} ${lost.padStart(12)}`,
    )
  }
  console.log(
    `  ${'baseline'.padEnd(14)} ${''.padStart(9)} ${baseline.perSecond.toFixed(1).padStart(7)} ${baseline.p95.toFixed(0).padStart(8)}   (bare node:http sending the home page's bytes, same readers)`,
  )
  for (const kind of KINDS) for (const sample of tallies[kind].samples) console.log(`    ${kind}: ${sample}`)
}
