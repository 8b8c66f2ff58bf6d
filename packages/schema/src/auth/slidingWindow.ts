/**
 * Counts events per key within a time window, in this process. Several CMS instances each
 * count their own share: that bounds guessing without a shared store.
 */
export class SlidingWindowCounter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one event; false when the key has used up its window (the event is not counted). */
  take(key: string): boolean {
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

  /** Takes back the key's latest event (a login that succeeded is no guess). */
  refund(key: string) {
    this.hits.get(key)?.pop()
  }

  /** Forgets keys whose events are all older than the window, so memory stays bounded. */
  private sweep(now: number) {
    for (const [key, times] of this.hits) if (times.every((at) => now - at >= this.windowMs)) this.hits.delete(key)
  }
}
