import { handleTrpcRequest } from '@oneheart/api/server'
import { deriveApiKey } from '@oneheart/tokens'
import { describe, expect, it } from 'vitest'
import { trpcHttp } from '../support/http.ts'
import { testPayload, unique } from '../support/payload.ts'

const TOO_BIG = 2_147_483_648
const cursorOf = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url')
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/

async function batchGet(paths: string[]) {
  const inputs = Object.fromEntries(paths.map((_, index) => [index, {}]))
  const request = new Request(`http://localhost/api/trpc/${paths.join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`)
  const payload = await testPayload()
  const started = performance.now()
  const response = await handleTrpcRequest(request, payload)
  const body = await response.text()
  return { status: response.status, body, ms: performance.now() - started }
}

async function draftReader() {
  const payload = await testPayload()
  const owner = (await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1 })).docs[0]!
  const record = await payload.create({ collection: 'api-keys', data: { name: unique('境界'), owner: owner.id, scopes: ['read:drafts'] } })
  return { authorization: `Bearer ${deriveApiKey(payload.secret, record.id, record.salt!)}` }
}

describe('tRPC over HTTP: bounded work and no database errors from numbers', () => {
  it('refuses a batch over ten calls at once, in Japanese', async () => {
    const answer = await batchGet(Array.from({ length: 1000 }, () => 'districts.list'))
    expect(answer.status).toBe(400)
    expect(answer.ms).toBeLessThan(200)
    expect(answer.body).toContain('10件まで')
    expect(answer.body.length).toBeLessThan(5000)
  })

  it('still answers a batch of ten', async () => {
    const answer = await batchGet(Array.from({ length: 10 }, () => 'districts.list'))
    expect(answer.status).toBe(200)
  })

  it('answers an unknown procedure with 404 in Japanese', async () => {
    const answer = await trpcHttp('nothing.here', undefined)
    expect(answer.status).toBe(404)
    expect(answer.body.error?.message).toMatch(japanese)
  })

  it.each([
    ['editions.eventFlyer', { id: TOO_BIG }],
    ['activities.list', { cursor: TOO_BIG }],
    ['issues.list', { cursor: TOO_BIG }],
    ['events.list', { ids: [TOO_BIG] }],
    ['meetings.list', { ids: [TOO_BIG] }],
    ['search.query', { q: '活動', cursor: cursorOf([0, '2026-01-01T00:00:00.000Z', TOO_BIG]) }],
    ['search.query', { q: '活動', cursor: cursorOf([0, '+020000-01-01T00:00:00.000Z', 5]) }],
    ['search.query', { q: '活\u0000動' }],
    ['changes.since', { cursor: cursorOf(['2026-01-01T00:00:00.000Z', 'articles', 1e300]) }],
    ['changes.since', { cursor: cursorOf(['+275760-09-13T00:00:00.000Z', 'articles', 5]) }],
    ['articles.bySlug', { slug: 'a\u0000b' }],
  ])('%s %j is a 400 with a Japanese message', async (path, input) => {
    const answer = await trpcHttp(path, input)
    expect(answer.status).toBe(400)
    expect(answer.body.error?.message).toMatch(japanese)
  })

  it('refuses an id beyond int32 for a caller who may read drafts (articles.draftById)', async () => {
    const answer = await trpcHttp('articles.draftById', { id: TOO_BIG }, { headers: await draftReader() })
    expect(answer.status).toBe(400)
  })
})
