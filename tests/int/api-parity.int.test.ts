import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createNodeHandler } from '@oneheart/api/node'
import { anonymousContext, appRouter, createApiCaller, identifyCaller } from '@oneheart/api/server'
import { callByPath } from '@oneheart/harness/callByPath'
import { deriveApiKey } from '@oneheart/tokens'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testPayload, unique } from '../support/payload.ts'

type Call = { path: string; input: unknown; mutation?: boolean; key?: 'reader' | 'writer' }

/**
 * Every procedure, through a real listening HTTP server and through the server-side caller:
 * reads answer the same both ways; writes succeed both ways.
 */
describe('every procedure over HTTP and in-process', () => {
  let server: Server
  let base: string
  const keys: Record<'reader' | 'writer', string> = { reader: '', writer: '' }
  let payload: Awaited<ReturnType<typeof testPayload>>

  beforeAll(async () => {
    payload = await testPayload()
    server = createServer(createNodeHandler(payload))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/trpc`
    const owner = (await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1 })).docs[0]!
    for (const [name, scopes] of [
      ['reader', ['read:drafts']],
      ['writer', ['write', 'read:drafts']],
    ] as const) {
      const record = await payload.create({ collection: 'api-keys', data: { name: unique(name), owner: owner.id, scopes: [...scopes] } })
      keys[name] = deriveApiKey(payload.secret, record.id, record.salt!)
    }
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  async function overHttp({ path, input, mutation, key }: Call) {
    const headers: Record<string, string> = key ? { authorization: `Bearer ${keys[key]}` } : {}
    const response = mutation
      ? await fetch(`${base}/${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(input) })
      : await fetch(`${base}/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers })
    expect(response.status, path).toBe(200)
    return ((await response.json()) as { result: { data: unknown } }).result.data
  }

  async function inProcess({ path, input, key }: Call) {
    const headers = new Headers(key ? { authorization: `Bearer ${keys[key]}` } : {})
    const caller = await identifyCaller(payload, headers)
    const api = createApiCaller({ ...anonymousContext(payload), user: caller.user, caller })
    return JSON.parse(JSON.stringify(await callByPath(api, path, input)))
  }

  const reads: Call[] = [
    { path: 'issues.list', input: { limit: 3 } },
    { path: 'issues.byNumber', input: { number: 2 } },
    { path: 'articles.bySlug', input: { slug: 'no1-nobuko-chanchi' } },
    { path: 'councils.list', input: { layer: 2 } },
    { path: 'councils.bySlug', input: { slug: 'yawata' } },
    { path: 'districts.list', input: undefined },
    { path: 'activities.list', input: { limit: 5, kind: 'salon' } },
    { path: 'activities.bySlug', input: { slug: 'ibasho-yawata' } },
    { path: 'activities.articles', input: { slug: 'ibasho-yawata' } },
    { path: 'events.upcoming', input: { limit: 5 } },
    { path: 'events.list', input: { limit: 5 } },
    { path: 'events.bySlug', input: { slug: 'exchange-2026' } },
    { path: 'meetings.list', input: { limit: 3 } },
    { path: 'changes.since', input: { limit: 10 } },
    { path: 'editions.newsletter', input: undefined },
    { path: 'editions.issue', input: { number: 1 } },
    { path: 'search.query', input: { q: '居場所 八幡', limit: 5 } },
  ]

  it('answers every read the same way over HTTP and in-process', async () => {
    for (const call of reads) expect(await overHttp(call), call.path).toEqual(await inProcess(call))
  })

  it('answers the print procedures the same way: a flyer by event id, an issue draft with the read:drafts scope', async () => {
    const { docs } = await payload.find({ collection: 'events', where: { slug: { equals: 'exchange-2026' } }, limit: 1, depth: 0 })
    const flyer: Call = { path: 'editions.eventFlyer', input: { id: docs[0]?.id } }
    const draft: Call = { path: 'editions.issueDraft', input: { number: 1 }, key: 'reader' }
    for (const call of [flyer, draft]) expect(await overHttp(call), call.path).toEqual(await inProcess(call))
  })

  it('performs every write both ways', async () => {
    const created: { id: number; status: string }[] = []
    for (const via of [overHttp, inProcess]) {
      const blocks = [
        { type: 'steps', steps: [{ title: '相談' }, { title: '勉強会', detail: '協議体' }] },
        { type: 'box', title: 'アンケートの声', tone: 'survey', text: '**近くに**集まれる場所がほしい' },
      ]
      const article = (await via({
        path: 'articles.createDraft',
        input: { title: '両方の道から', kind: 'notice', blocks },
        mutation: true,
        key: 'writer',
      })) as { id: number; status: string }
      created.push(article)
      expect(await via({ path: 'articles.updateDraft', input: { id: article.id, patch: { lead: '更新' } }, mutation: true, key: 'writer' })).toMatchObject({
        id: article.id,
        status: 'draft',
      })
      const draft = (await via({ path: 'articles.draftById', input: { id: article.id }, key: 'reader' })) as {
        id: number
        lead: string
        blocks: { type: string }[]
      }
      expect(draft).toMatchObject({ id: article.id, lead: '更新' })
      expect(draft.blocks.map((block) => block.type)).toEqual(['steps', 'box'])
      expect(
        await via({ path: 'activities.create', input: { name: '両方の道の活動', kind: 'other', district: 'yawata' }, mutation: true, key: 'writer' }),
      ).toMatchObject({ status: 'draft' })
      const number = 60 + created.length
      expect(
        await via({
          path: 'events.submitSession',
          input: { event: 'supporter-course-2026', session: { number, date: '2027-03-03', startTime: '13:00', endTime: '14:00', venue: '公民館' } },
          mutation: true,
          key: 'writer',
        }),
      ).toMatchObject({ slug: 'supporter-course-2026' })
    }
    expect(created.every((article) => article.status === 'draft')).toBe(true)
  })

  it('covers every procedure the router has', () => {
    const tested = new Set([
      ...reads.map((call) => call.path),
      'articles.createDraft',
      'articles.updateDraft',
      'articles.draftById',
      'activities.create',
      'events.submitSession',
      'editions.eventFlyer',
      'editions.issueDraft',
    ])
    expect(Object.keys(appRouter._def.procedures).filter((path) => !tested.has(path))).toEqual([])
  })
})
