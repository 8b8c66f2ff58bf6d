import { contentVersion, listenForContentChanges } from '@oneheart/db/content-changes'
import { serverEnv } from '@oneheart/env'
import type { ApiContext } from './context.ts'

/**
 * Public reads kept in this process, keyed by procedure and input, so that the same question
 * asked again (a page re-rendered, a client syncing, a burst after an issue is announced) costs
 * no database work while nothing public has changed. Each answer carries the content version it
 * was read at and counts only while that is still the version (see contentChanges.ts in
 * @oneheart/db: every instance hears every commit). Only anonymous callers share it: a signed-in
 * caller or an API key may see drafts, and drafts never enter.
 */
export class PublicReadCache {
  private readonly entries = new Map<string, { version: number; value: unknown }>()

  constructor(
    /** The most answers kept; the least recently used go first. */
    readonly capacity: number,
  ) {}

  get size(): number {
    return this.entries.size
  }

  get(key: string, version: number): unknown {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.version !== version) return undefined
    this.entries.set(key, entry)
    return entry.value
  }

  set(key: string, version: number, value: unknown): void {
    this.entries.delete(key)
    this.entries.set(key, { version, value })
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.entries.delete(oldest)
    }
  }
}

// About 2,000 answers: a list page is ~20 kB, so at most some tens of MB even if every one is big.
const shared = new PublicReadCache(2_000)

/** `read()`'s answer for an anonymous caller, from the cache while content has not changed. */
export async function publicRead<T>(ctx: ApiContext, procedure: string, input: unknown, read: () => Promise<T>): Promise<T> {
  if (ctx.caller.via !== 'anonymous' || ctx.user) return read()
  const version = contentVersion()
  if (version === null) {
    // Not hearing changes yet (first call, or the listener is reconnecting): nothing is cached.
    listenForContentChanges(serverEnv().DATABASE_URL)
    return read()
  }
  const key = `${procedure}\u0000${JSON.stringify(input ?? null)}`
  const cached = shared.get(key, version) as T | undefined
  if (cached !== undefined) return cached
  const value = await read()
  shared.set(key, version, value)
  return value
}
