import { TEST_ADMIN } from '@oneheart/harness/testEnv'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { cmsToken } from '../support/admin.ts'

const apps = inject('apps')

/**
 * Issue 16 over real HTTP against the built CMS: uploads named and served for what they are,
 * login throttled per client address without locking the account, a bad JWT refused.
 */
describe('trust, over HTTP', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\nstartxref\n9\n%%EOF\n')
  const made: number[] = []
  let token = ''
  afterAll(async () => {
    for (const id of made) await fetch(`${apps.cms}/api/media/${id}`, { method: 'DELETE', headers: { authorization: `JWT ${token}` } })
  })

  it('stores a PDF sent as page.html as a .pdf and serves it with nosniff as a download', async () => {
    token = await cmsToken(apps.cms, TEST_ADMIN)
    const form = new FormData()
    form.append('file', new Blob([PDF], { type: 'text/html' }), 'page.html')
    form.append('_payload', JSON.stringify({ alt: '偽装されたPDF' }))
    const created = await fetch(`${apps.cms}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; filename: string; url: string } }
    made.push(doc.id)
    expect(doc.filename).toMatch(/^page.*\.pdf$/)
    const served = await fetch(`${apps.cms}/api/media/file/${encodeURIComponent(doc.filename)}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-disposition')).toMatch(/^attachment/)
  })

  it('throttles failed logins from one address with a Japanese 429, while the owner logs in from another', async () => {
    const login = (password: string, address: string) =>
      fetch(`${apps.cms}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ email: TEST_ADMIN.email, password }),
      })
    const statuses: number[] = []
    let refusal = ''
    for (let index = 0; index < 7; index++) {
      const response = await login(`wrong-${index}`, '203.0.113.70')
      statuses.push(response.status)
      if (response.status === 429) refusal = ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429])
    expect(refusal).toContain('ログインの試行が多すぎます')
    expect((await login(TEST_ADMIN.password, '203.0.113.71')).status).toBe(200)
  })

  it('refuses a forged Authorization: JWT on the API with 401', async () => {
    const response = await fetch(`${apps.cms}/api/trpc/issues.list?input=${encodeURIComponent(JSON.stringify({ limit: 1 }))}`, {
      headers: { authorization: 'JWT forged.token.value' },
    })
    expect(response.status).toBe(401)
  })
})
