import { serverEnv } from '@oneheart/env'

/**
 * Writes per caller per minute, counted in this process. With several API instances each
 * counts its own share; that bounds abuse without a shared store, which this product does not
 * need yet (see ARCHITECTURE.md).
 */
export class WriteRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>()

  constructor(
    readonly limitPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one write; false when the caller has used up this minute. */
  take(callerKey: string): boolean {
    const now = this.now()
    const window = this.windows.get(callerKey)
    if (!window || now - window.start >= 60_000) {
      this.windows.set(callerKey, { start: now, count: 1 })
      return true
    }
    window.count += 1
    return window.count <= this.limitPerMinute
  }
}

let shared: WriteRateLimiter | undefined

/** This process's limiter, sized by API_WRITES_PER_MINUTE on first use. */
export function defaultWriteLimiter(): WriteRateLimiter {
  shared ??= new WriteRateLimiter(serverEnv().API_WRITES_PER_MINUTE)
  return shared
}
