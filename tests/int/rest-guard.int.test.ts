import { TEST_ADMIN } from '@oneheart/harness/testEnv'
import { describe, expect, it } from 'vitest'
import { testPayload } from '../support/payload.ts'
import { rest } from '../support/rest.ts'

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/

async function expectRefused(answer: Awaited<ReturnType<typeof rest>>, status: number) {
  expect(answer.status, answer.text).toBe(status)
  expect(answer.json().errors?.[0]?.message).toMatch(japanese)
}

describe('Payload REST: bad input is a 4xx in Japanese, never a 500', () => {
  it.each([
    ['articles/abc', 404],
    ['articles/2147483648', 404],
    ['articles/versions/abc', 404],
    ['__proto__', 404],
    ['constructor/1', 404],
    ['graphql', 404],
    ['payload-kv/versions/1', 404],
    ['articles?limit=1.5', 400],
    ['articles?page=-1', 400],
    ['articles?page=0', 400],
    ['articles?depth=1e3', 400],
    ['articles?limit[x]=1', 400],
    ['articles?limit=1&limit=2', 400],
    ['articles?where[id][in]=abc', 400],
    ['articles?where[id][equals]=99999999999', 400],
    ['articles?where[title][like]=a%00b', 400],
    ['issues?where[id][near]=0', 400],
    ['issues?where[id][like]=x', 400],
    ['issues?where[or][0][issue.id][in]=1,x', 400],
    ['issues?where[slug][within]=x', 400],
    ['issues/count?where[_status][all]=', 400],
    ['districts?where[council][contains]=0', 400],
    ['articles?where[issue][equals]=abc', 400],
    ['articles/versions?where[version.issue][like]=1', 400],
    ['issues/count?where[or][0][updatedAt][like]=', 400],
    ['issues?where[createdAt][contains]=%E3%81%82', 400],
    ['issues?where[_status][like]=x', 400],
    ['media/file/no-such-file.png', 404],
  ])('GET /api/%s answers %i', async (path, status) => {
    await expectRefused(await rest('GET', path), status)
  })

  it.each([
    ['text/plain', 'title=x'],
    ['application/x-www-form-urlencoded', 'title=x'],
  ])('refuses a %s body on POST /api/articles?draft=true with 415', async (type, body) => {
    await expectRefused(await rest('POST', 'articles?draft=true', { body, headers: { 'content-type': type } }), 415)
  })

  it.each(['{"title":', '-2147483649', '[1,2]', 'null'])('refuses the JSON body %s with 400', async (body) => {
    await expectRefused(await rest('POST', 'issues/1/duplicate', { body, headers: { 'content-type': 'application/json' } }), 400)
  })

  it.each(['true', '{"title":', '"text"'])('refuses a form whose _payload is %s with 400', async (data) => {
    const form = new FormData()
    form.set('_payload', data)
    await expectRefused(await rest('POST', 'issues/1/duplicate', { body: form }), 400)
  })

  it('refuses forgot-password with a NUL in the e-mail', async () => {
    const answer = await rest('POST', 'users/forgot-password', {
      body: JSON.stringify({ email: 'a\u0000@example.com' }),
      headers: { 'content-type': 'application/json' },
    })
    await expectRefused(answer, 400)
  })
})

describe("Payload REST: reads sent as POST with a method override (the admin's relationship fields)", () => {
  const override = { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' }

  it('answers them as the GET they stand for', async () => {
    const answer = await rest('POST', 'councils', { body: 'depth=0&limit=10&page=1&sort=name&where[and][0][id][not_in][0]=1', headers: override })
    expect(answer.status, answer.text).toBe(200)
    expect(answer.json().docs?.length).toBeGreaterThan(0)
  })

  it('checks the query in the body like one in the address', async () => {
    await expectRefused(await rest('POST', 'councils', { body: 'limit=0', headers: override }), 400)
    await expectRefused(await rest('POST', 'councils', { body: 'where[id][near]=1', headers: override }), 400)
  })
})

describe('Payload REST: anonymous reads are bounded (issue 16, item 11)', () => {
  it.each(['limit=0', 'limit=-1', 'limit=101', 'depth=3', 'depth=10', 'pagination=false'])('refuses ?%s', async (query) => {
    await expectRefused(await rest('GET', `districts?${query}`), 400)
  })

  it('still serves pages within the bounds', async () => {
    const answer = await rest('GET', 'districts?limit=100&depth=2&page=1')
    expect(answer.status).toBe(200)
    expect(answer.json().docs?.length).toBeGreaterThan(0)
  })

  it('lets a signed-in editor ask for more', async () => {
    const payload = await testPayload()
    const { token } = await payload.login({ collection: 'users', data: { ...TEST_ADMIN } })
    const answer = await rest('GET', 'districts?limit=0&depth=3', { headers: { authorization: `JWT ${token}` } })
    expect(answer.status, answer.text).toBe(200)
    const total = (await payload.count({ collection: 'districts' })).totalDocs
    expect(answer.json().docs?.length).toBe(total)
  })
})

describe('Payload REST: a token that does not hold is refused (issue 16, item 10)', () => {
  it.each(['JWT not-a-token', 'JWT eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forged', 'JWT '])(
    'answers 401 in Japanese to "%s", not the anonymous view',
    async (authorization) => {
      const answer = await rest('GET', 'districts?limit=1', { headers: { authorization } })
      expect(answer.status, answer.text).toBe(401)
      expect(answer.json().errors?.[0]?.message).toMatch(/ログインし直してください/)
    },
  )

  it('still reads a sound token, and no header at all, as before', async () => {
    const payload = await testPayload()
    const { token } = await payload.login({ collection: 'users', data: { ...TEST_ADMIN } })
    expect((await rest('GET', 'districts?limit=1', { headers: { authorization: `JWT ${token}` } })).status).toBe(200)
    expect((await rest('GET', 'districts?limit=1')).status).toBe(200)
  })
})
