/**
 * Counts events per key within a sliding time window: at most `limit` in any `windowMs`.
 * A refused event is not counted, so a caller who waits gets through again.
 */
export interface WindowCounter {
  readonly limit: number
  readonly windowMs: number
  /** Records one event for `key`; false when the key has used up its window. */
  take(key: string): Promise<boolean>
  /** Takes back the key's latest event (a login that succeeded was no guess). */
  refund(key: string): Promise<void>
}
