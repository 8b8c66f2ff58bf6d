import { describe, expect, it } from 'vitest'
import { PublicReadCache } from './publicReads.ts'

describe('the public read cache', () => {
  it('holds no more answers than its capacity, however many distinct inputs arrive', () => {
    const cache = new PublicReadCache(2_000)
    for (let index = 0; index < 10_000; index += 1) cache.set(`search.query\u0000{"q":"居場所${index}"}`, 1, { index })
    expect(cache.size).toBe(2_000)
    // The newest stay, the oldest went first.
    expect(cache.get('search.query\u0000{"q":"居場所9999"}', 1)).toEqual({ index: 9999 })
    expect(cache.get('search.query\u0000{"q":"居場所0"}', 1)).toBeUndefined()
  })

  it('stays within its weight when answers are large, however many distinct inputs arrive', () => {
    const cache = new PublicReadCache(2_000, 1_000_000)
    const page = (index: number) => ({ items: Array.from({ length: 50 }, (_, item) => ({ id: item, name: `活動 ${index}-${item}`.repeat(4) })) })
    let heaviest = 0
    for (let index = 0; index < 10_000; index += 1) {
      cache.set(`activities.list\u0000{"page":${index}}`, 1, page(index))
      heaviest = Math.max(heaviest, cache.weight)
    }
    expect(heaviest).toBeLessThanOrEqual(1_000_000)
    // Far fewer than the 2,000 the count allows: the weight decided.
    expect(cache.size).toBeGreaterThan(50)
    expect(cache.size).toBeLessThan(1_000)
    expect(cache.get('activities.list\u0000{"page":9999}', 1)).toEqual(page(9999))
    // An answer heavier than the whole cache is not kept, and pushes nothing out.
    const before = cache.size
    cache.set('huge', 1, 'x'.repeat(1_000_001))
    expect([cache.get('huge', 1), cache.size]).toEqual([undefined, before])
  })

  it('reads a question asked by many callers at once only once, and keeps the answer', async () => {
    const cache = new PublicReadCache(10)
    let reads = 0
    const read = async () => {
      reads += 1
      await new Promise((resolve) => setTimeout(resolve, 20))
      return { items: ['居場所'] }
    }
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.readThrough('activities.list\u0000{}', 1, read)))
    expect(reads).toBe(1)
    expect(new Set(answers).size).toBe(1)
    expect(await cache.readThrough('activities.list\u0000{}', 1, read)).toEqual({ items: ['居場所'] })
    expect(reads).toBe(1)
    // Another version is another question.
    await cache.readThrough('activities.list\u0000{}', 2, read)
    expect(reads).toBe(2)
  })

  it('fails the callers that shared a failed read, keeps nothing, and reads again when asked again', async () => {
    const cache = new PublicReadCache(10)
    let reads = 0
    const failing = async () => {
      reads += 1
      await new Promise((resolve) => setTimeout(resolve, 10))
      throw new Error('database gone')
    }
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => cache.readThrough('issues.list\u0000{}', 1, failing)))
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected'])
    expect([reads, cache.size]).toEqual([1, 0])
    expect(await cache.readThrough('issues.list\u0000{}', 1, async () => 'back')).toBe('back')
  })

  it('answers only for the content version the answer was read at', () => {
    const cache = new PublicReadCache(10)
    cache.set('issues.byNumber\u0000{"number":4}', 7, { title: '第4号' })
    expect(cache.get('issues.byNumber\u0000{"number":4}', 7)).toEqual({ title: '第4号' })
    expect(cache.get('issues.byNumber\u0000{"number":4}', 8)).toBeUndefined()
    // An answer from an older version is gone, not kept for later, and weighs nothing.
    expect([cache.size, cache.weight]).toEqual([0, 0])
  })

  it('keeps what was used recently when it must drop something', () => {
    const cache = new PublicReadCache(2)
    cache.set('a', 1, 'A')
    cache.set('b', 1, 'B')
    expect(cache.get('a', 1)).toBe('A')
    cache.set('c', 1, 'C')
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)]).toEqual(['A', undefined, 'C'])
  })
})
