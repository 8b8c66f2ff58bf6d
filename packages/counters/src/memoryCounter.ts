import type { WindowCounter } from './windowCounter.ts'

/**
 * Counts in this process: right for one machine. Several instances would each count their own
 * share; set REDIS_URL and they count together (redisCounter.ts).
 */
export class MemoryWindowCounter implements WindowCounter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async take(key: string): Promise<boolean> {
    const now = this.now()
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      return false
    }
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 10_000) this.sweep(now)
    return true
  }

  async refund(key: string): Promise<void> {
    this.hits.get(key)?.pop()
  }

  /** Forgets keys whose events are all older than the window, so memory stays bounded. */
  private sweep(now: number) {
    for (const [key, times] of this.hits) if (times.every((at) => now - at >= this.windowMs)) this.hits.delete(key)
  }
}
