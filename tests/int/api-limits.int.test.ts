import { anonymousContext, createApiCaller, identifyCaller } from '@oneheart/api/server'
import { MemoryWindowCounter } from '@oneheart/counters'
import { deriveApiKey } from '@oneheart/tokens'
import { describe, expect, it } from 'vitest'
import { publicCaller, testPayload, unique } from '../support/payload.ts'

describe('API bounds', () => {
  it('limits writes per key and answers TOO_MANY_REQUESTS', async () => {
    const payload = await testPayload()
    const owner = (await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1 })).docs[0]!
    const record = await payload.create({ collection: 'api-keys', data: { name: unique('連投'), owner: owner.id, scopes: ['write'] } })
    const headers = new Headers({ authorization: `Bearer ${deriveApiKey(payload.secret, record.id, record.salt!)}` })
    const caller = await identifyCaller(payload, headers)
    const api = createApiCaller({ ...anonymousContext(payload), user: caller.user, caller, writeLimiter: new MemoryWindowCounter(2, 60_000) })
    await api.articles.createDraft({ title: '一件目', kind: 'notice' })
    await api.articles.createDraft({ title: '二件目', kind: 'notice' })
    await expect(api.articles.createDraft({ title: '三件目', kind: 'notice' })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' })
  })

  it('bounds input sizes and page sizes', async () => {
    const api = await publicCaller()
    await expect(api.issues.list({ limit: 1000 })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(api.articles.bySlug({ slug: 'a'.repeat(10_000) })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })

  it('pages through activities exactly once while new ones are being added', async () => {
    const payload = await testPayload()
    const api = await publicCaller()
    const before = await api.activities.list({ limit: 100 })
    const district = (await payload.find({ collection: 'districts', limit: 1, depth: 0 })).docs[0]!
    const seen: number[] = []
    let cursor: number | null = null
    let added = 0
    do {
      const page: Awaited<ReturnType<typeof api.activities.list>> = await api.activities.list({ limit: 5, cursor })
      seen.push(...page.items.map((activity) => activity.id))
      cursor = page.nextCursor
      await payload.create({
        collection: 'activities',
        data: { name: `途中で増えた活動 ${added}`, slug: unique('added'), kind: 'other', status: 'active', district: district.id, _status: 'published' },
      })
      added += 1
    } while (cursor !== null)
    expect(new Set(seen).size).toBe(seen.length)
    for (const activity of before.items) expect(seen).toContain(activity.id)
  })
})
