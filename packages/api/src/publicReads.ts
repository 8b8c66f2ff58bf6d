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
  private readonly entries = new Map<string, { version: number; value: unknown; size: number }>()
  /** Reads under way, by version and key: callers asking the same question meanwhile share one. */
  private readonly reading = new Map<string, Promise<unknown>>()
  private held = 0

  constructor(
    /** The most answers kept; the least recently used go first. */
    readonly capacity: number,
    /** The most JSON characters kept in all (about their weight in memory); the same order of going. */
    readonly maxSize: number = Number.POSITIVE_INFINITY,
  ) {}

  get size(): number {
    return this.entries.size
  }

  /** What the kept answers weigh, in characters of their JSON. */
  get weight(): number {
    return this.held
  }

  get(key: string, version: number): unknown {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.version !== version) {
      this.held -= entry.size
      return undefined
    }
    this.entries.set(key, entry)
    return entry.value
  }

  /**
   * The answer kept for `key` at `version`; else the one another caller is reading now; else
   * `read()`'s, kept. A burst of callers asking the same new question (the first minutes after a
   * change, twenty clients starting together) costs one read, not one each. A failed read fails
   * the callers that shared it and is not kept.
   */
  async readThrough<T>(key: string, version: number, read: () => Promise<T>): Promise<T> {
    const cached = this.get(key, version) as T | undefined
    if (cached !== undefined) return cached
    const flight = `${version}\u0000${key}`
    const pending = this.reading.get(flight) as Promise<T> | undefined
    if (pending) return pending
    const answer = read()
      .then((value) => {
        this.set(key, version, value)
        return value
      })
      .finally(() => this.reading.delete(flight))
    this.reading.set(flight, answer)
    return answer
  }

  set(key: string, version: number, value: unknown): void {
    const previous = this.entries.get(key)
    if (previous) {
      this.entries.delete(key)
      this.held -= previous.size
    }
    // Measured once, when the answer is read from the database (a miss), never on a hit.
    const size = key.length + (JSON.stringify(value)?.length ?? 0)
    if (size > this.maxSize) return
    this.entries.set(key, { version, value, size })
    this.held += size
    while (this.entries.size > this.capacity || this.held > this.maxSize) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.held -= this.entries.get(oldest)!.size
      this.entries.delete(oldest)
    }
  }
}

// At most 2,000 answers and 32 M characters of them (a list page is ~20 k): a few answers as
// large as the API allows cannot fill the memory either.
const shared = new PublicReadCache(2_000, 32 * 1024 * 1024)

/** `read()`'s answer for an anonymous caller, from the cache while content has not changed. */
export async function publicRead<T>(ctx: ApiContext, procedure: string, input: unknown, read: () => Promise<T>): Promise<T> {
  if (ctx.caller.via !== 'anonymous' || ctx.user) return read()
  const version = contentVersion()
  if (version === null) {
    // Not hearing changes yet (first call, or the listener is reconnecting): nothing is cached.
    listenForContentChanges(serverEnv().DATABASE_URL)
    return read()
  }
  return shared.readThrough(`${procedure}\u0000${JSON.stringify(input ?? null)}`, version, read)
}
