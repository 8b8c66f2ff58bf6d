/**
 * Hostile and malformed input against every public entry point the CMS serves: each tRPC
 * procedure (GET, POST, batches) and Payload's REST API for every collection and global.
 * Seeded (FUZZ_SEED), bounded in time; asserts no 5xx, nothing of the server's insides in any
 * body, and that anonymous writes, all refused, change nothing.
 */
import { appRouter, handleTrpcRequest } from '@oneheart/api/server'
import { TEST_ADMIN } from '@oneheart/harness/testEnv'
import fc from 'fast-check'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectSafe, RequestCounter } from '../support/fuzz/checks.ts'
import { hostileInput, hostileJson, hostileNumber, hostileText, percentEncode } from '../support/fuzz/hostile.ts'
import { testPayload } from '../support/payload.ts'
import { rest } from '../support/rest.ts'

const SEED = Number(process.env.FUZZ_SEED ?? 16_2026)
const TIME_PER_ENTRY_MS = Number(process.env.FUZZ_MS ?? 12_000)
const counter = new RequestCounter()
const options = (runs: number) => ({ seed: SEED, numRuns: runs, interruptAfterTimeLimit: TIME_PER_ENTRY_MS, markInterruptAsFailure: false })

const procedures = Object.entries((appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: string } }> } })._def.procedures).map(
  ([path, procedure]) => ({ path, type: procedure._def.type }),
)

async function trpc(request: Request) {
  const response = await handleTrpcRequest(request, await testPayload())
  return { status: response.status, text: await response.text() }
}

/** What anonymous writes could touch: each collection's record count and newest change. */
async function snapshot() {
  const payload = await testPayload()
  const collections = payload.config.collections.map((collection) => collection.slug).filter((slug) => !slug.startsWith('payload-'))
  return Promise.all(
    collections.map(async (collection) => {
      const { totalDocs, docs } = await payload.find({
        collection: collection as CollectionSlug,
        limit: 1,
        sort: '-updatedAt',
        depth: 0,
        overrideAccess: true,
        draft: true,
        select: {},
      })
      return `${collection}:${totalDocs}:${(docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? ''}`
    }),
  )
}

/** A REST request against any collection or global: a hostile path tail, query and body. */
function restRequest(payload: Payload) {
  const bases = [
    ...payload.config.collections.map((collection) => collection.slug),
    ...payload.config.globals.map((global) => `globals/${global.slug}`),
    'access',
    '__proto__',
    'graphql',
  ]
  const idish = fc.oneof(hostileNumber.map(String), hostileText, fc.constantFrom('1', '2', '3'))
  const tail = fc.oneof(
    fc.constant(''),
    idish.map((id) => `/${percentEncode(id)}`),
    fc.constantFrom(
      '/count',
      '/versions',
      '/me',
      '/init',
      '/access',
      '/login',
      '/logout',
      '/forgot-password',
      '/reset-password',
      '/unlock',
      '/refresh-token',
      '/first-register',
    ),
    idish.map((id) => `/versions/${percentEncode(id)}`),
    idish.map((id) => `/${percentEncode(id)}/duplicate`),
    hostileText.map((name) => `/file/${percentEncode(name)}`),
    fc.constantFrom('/%zz', '/%ED%A0%80', '/a%00b'),
  )
  const field = fc.constantFrom(
    'id',
    'slug',
    'title',
    'number',
    'updatedAt',
    'createdAt',
    '_status',
    'issue',
    'district',
    'council',
    'email',
    'publishedOn',
    'nope',
    '__proto__',
  )
  const operator = fc.constantFrom(
    'equals',
    'not_equals',
    'in',
    'not_in',
    'like',
    'contains',
    'greater_than',
    'less_than_equal',
    'exists',
    'near',
    'all',
    'within',
  )
  const query = fc.array(
    fc.oneof(
      fc.tuple(
        fc.constantFrom('limit', 'page', 'depth', 'sort', 'draft', 'pagination', 'trash', 'locale', 'populate', 'select[title]', 'joins'),
        fc.oneof(hostileNumber.map(String), hostileText),
      ),
      fc.tuple(
        fc.tuple(field, operator).map(([name, op]) => `where[${name}][${op}]`),
        fc.oneof(hostileNumber.map(String), hostileText),
      ),
      fc.tuple(
        fc.tuple(field, operator).map(([name, op]) => `where[or][0][${name}][${op}]`),
        hostileText,
      ),
    ),
    { maxLength: 5 },
  )
  const body = fc.oneof(
    fc.constant(undefined),
    hostileJson.map((value) => ({ type: 'application/json', body: JSON.stringify(value) ?? '' })),
    hostileText.map((text) => ({ type: 'application/json', body: text })),
    hostileText.map((text) => ({ type: 'text/plain', body: text })),
    hostileText.map((text) => ({ type: 'application/x-www-form-urlencoded', body: `title=${percentEncode(text)}` })),
    hostileJson.map((value) => {
      const form = new FormData()
      form.set('_payload', JSON.stringify(value) ?? '')
      return { type: undefined, body: form }
    }),
  )
  return fc.record({ base: fc.constantFrom(...bases), tail, query, body }).map(({ base, tail, query, body }) => {
    const search = query.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join('&')
    return { base, path: `${base}${tail}${search ? `?${search}` : ''}`, body }
  })
}

describe('fuzz: no 5xx and no leaks from any entry point', () => {
  let before: string[]

  beforeAll(async () => {
    before = await snapshot()
  })

  afterAll(async () => {
    counter.report(`fuzz (seed ${SEED})`)
  })

  it('tRPC: each procedure over GET and POST with hostile input', async () => {
    const entry = fc.record({
      procedure: fc.constantFrom(...procedures, { path: 'nothing.here', type: 'query' }, { path: '__proto__.toString', type: 'query' }),
      input: hostileInput,
      raw: fc.option(hostileText, { freq: 4 }),
      wrongMethod: fc.boolean(),
    })
    await fc.assert(
      fc.asyncProperty(entry, async ({ procedure, input, raw, wrongMethod }) => {
        const post = (procedure.type === 'mutation') !== wrongMethod
        const encoded = raw ?? JSON.stringify(input) ?? ''
        const url = `http://localhost/api/trpc/${percentEncode(procedure.path).replaceAll('%2E', '.')}`
        const request = post
          ? new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: encoded })
          : new Request(`${url}?input=${percentEncode(encoded)}`)
        counter.add(`tRPC ${post ? 'POST' : 'GET'} ${procedure.path}`)
        expectSafe(await trpc(request), `${post ? 'POST' : 'GET'} ${procedure.path} ${encoded.slice(0, 200)}`)
      }),
      options(1500),
    )
  })

  it('tRPC: batches of up to 15 calls', async () => {
    const queries = procedures.filter((procedure) => procedure.type === 'query').map((procedure) => procedure.path)
    const batch = fc.array(fc.record({ path: fc.constantFrom(...queries), input: hostileInput }), { minLength: 1, maxLength: 15 })
    await fc.assert(
      fc.asyncProperty(batch, async (calls) => {
        const inputs = JSON.stringify(Object.fromEntries(calls.map((call, index) => [index, call.input])))
        const request = new Request(`http://localhost/api/trpc/${calls.map((call) => call.path).join(',')}?batch=1&input=${percentEncode(inputs)}`)
        counter.add('tRPC GET batch')
        expectSafe(await trpc(request), `batch ${calls.map((call) => call.path).join(',')} ${inputs.slice(0, 200)}`)
      }),
      options(300),
    )
  })

  it('Payload REST: every collection and global, hostile paths, queries and bodies', async () => {
    const entry = fc.record({
      request: restRequest(await testPayload()),
      method: fc.constantFrom('GET', 'GET', 'GET', 'POST', 'PATCH', 'DELETE') as fc.Arbitrary<'GET' | 'POST' | 'PATCH' | 'DELETE'>,
      badToken: fc.boolean(),
    })
    await fc.assert(
      fc.asyncProperty(entry, async ({ request: { base, path, body }, method, badToken }) => {
        const headers: Record<string, string> = {}
        if (body?.type) headers['content-type'] = body.type
        if (badToken) headers.authorization = 'JWT not-a-token'
        counter.add(`REST ${method} /api/${base}`)
        const answer = await rest(method, path, { body: method === 'GET' || method === 'DELETE' ? undefined : body?.body, headers })
        expectSafe(answer, `${method} /api/${path}`)
      }),
      options(2500),
    )
  })

  it('Payload REST: the same reads as a signed-in administrator (larger pages, drafts, versions)', async () => {
    const payload = await testPayload()
    const { token } = await payload.login({ collection: 'users', data: { ...TEST_ADMIN } })
    await fc.assert(
      // Not the jobs queue: an administrator's GET /api/payload-jobs/run runs queued jobs.
      fc.asyncProperty(
        restRequest(payload).filter((request) => request.base !== 'payload-jobs'),
        async ({ base, path }) => {
          counter.add(`REST GET (admin) /api/${base}`)
          expectSafe(await rest('GET', path, { headers: { authorization: `JWT ${token}` } }), `GET (admin) /api/${path}`)
        },
      ),
      options(800),
    )
  })

  it('refused anonymous writes left every collection as it was', async () => {
    expect(await snapshot()).toEqual(before)
  })
})
