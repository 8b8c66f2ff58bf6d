import { TEST_ADMIN } from '@oneheart/harness/testEnv'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { trpcHttp } from '../support/http.ts'
import { testPayload } from '../support/payload.ts'

/** Login through Payload's REST handler, as a browser or a script reaches it (issue 16, item 10). */
describe('login', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  let addresses = 0
  /** A client address of its own for each caller, so throttling in one test stays in it. */
  const newAddress = () => `198.51.100.${++addresses}`

  async function login(email: string, password: string, address: string) {
    const started = performance.now()
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request('http://localhost/api/users/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ email, password }),
      }),
    })
    const body = (await response.json()) as { errors?: { message: string }[]; token?: string }
    return { status: response.status, message: body.errors?.[0]?.message ?? '', token: body.token, ms: performance.now() - started }
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

  it('answers an unknown account and a wrong password alike, in message and in time', async () => {
    const known: Awaited<ReturnType<typeof login>>[] = []
    const unknown: Awaited<ReturnType<typeof login>>[] = []
    for (let round = 0; round < 3; round++) {
      known.push(await login(TEST_ADMIN.email, 'not-the-password', newAddress()))
      unknown.push(await login(`nobody-${round}@oneheart.local`, 'not-the-password', newAddress()))
    }
    for (const answer of [...known, ...unknown]) expect(answer.status).toBe(401)
    expect(new Set([...known, ...unknown].map((answer) => answer.message)).size).toBe(1)
    const ratio = median(unknown.map((answer) => answer.ms)) / median(known.map((answer) => answer.ms))
    expect(ratio, `unknown ${median(unknown.map((a) => a.ms))} ms, known ${median(known.map((a) => a.ms))} ms`).toBeGreaterThan(0.6)
    expect(ratio).toBeLessThan(1.7)
  })

  it('throttles one client address trying many accounts, with a Japanese 429, and not the others', async () => {
    const address = newAddress()
    const answers = []
    for (let index = 0; index < 30; index++) answers.push(await login(`guess-${index}@oneheart.local`, 'x', address))
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(10)
    const refused = answers.filter((answer) => answer.status === 429)
    expect(refused).toHaveLength(20)
    expect(refused[0]!.message).toBe('ログインの試行が多すぎます。1分ほど待ってから、もう一度お試しください。')
    expect((await login('guess-0@oneheart.local', 'x', newAddress())).status).toBe(401)
  })

  it('lets nobody lock the admin out: guesses from one address are throttled there, the admin still logs in elsewhere', async () => {
    const attacker = newAddress()
    const guesses = []
    for (let index = 0; index < 8; index++) guesses.push(await login(TEST_ADMIN.email, `wrong-${index}`, attacker))
    expect(guesses.slice(0, 5).every((answer) => answer.status === 401)).toBe(true)
    expect(guesses.slice(5).every((answer) => answer.status === 429 && answer.message.includes('15分ほど'))).toBe(true)
    // Guesses spread over many addresses never lock the account either.
    for (let index = 0; index < 6; index++) expect((await login(TEST_ADMIN.email, `spread-${index}`, newAddress())).status).toBe(401)
    const owner = await login(TEST_ADMIN.email, TEST_ADMIN.password, newAddress())
    expect(owner.status).toBe(200)
    expect(owner.token).toBeTruthy()
  })

  it('counts only failed attempts: an editor logging in often from one address is never throttled', async () => {
    const office = newAddress()
    for (let index = 0; index < 12; index++) expect((await login(TEST_ADMIN.email, TEST_ADMIN.password, office)).status).toBe(200)
  })

  it('refuses a malformed or forged Authorization: JWT with 401 on the API, and accepts a real one', async () => {
    for (const header of ['JWT', 'JWT not-a-token', 'JWT eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forged']) {
      const answer = await trpcHttp('issues.list', { limit: 1 }, { headers: { authorization: header } })
      expect(answer.status, header).toBe(401)
      expect(answer.body.error?.message).toContain('トークン')
    }
    const { token } = await login(TEST_ADMIN.email, TEST_ADMIN.password, newAddress())
    expect((await trpcHttp('issues.list', { limit: 1 }, { headers: { authorization: `JWT ${token}` } })).status).toBe(200)
    expect((await trpcHttp('issues.list', { limit: 1 })).status).toBe(200)
  })
})
