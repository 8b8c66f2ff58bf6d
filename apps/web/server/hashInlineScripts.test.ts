import { createHash } from 'node:crypto'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { hashInlineScripts } from './hashInlineScripts.ts'

const POLICY = "default-src 'self'; script-src 'self'"
const page = (script: string) => `<!DOCTYPE html><html><body><p>本文</p><script>${script}</script></body></html>`
const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`

/** A server that answers one page with a policy, written in two pieces as a streamed render is. */
async function serve(finish?: (html: string) => string) {
  const server = createServer((_request, response: ServerResponse) => {
    hashInlineScripts(response, finish)
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': POLICY })
    const html = page('a()')
    response.write(html.slice(0, 20))
    response.end(html.slice(20))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const answer = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
  const result = { policy: answer.headers.get('content-security-policy') ?? '', body: await answer.text() }
  await new Promise((resolve) => server.close(resolve))
  return result
}

describe("a page's inline scripts in its content policy", () => {
  it('names the hash of each inline script the finished page holds', async () => {
    const { policy, body } = await serve((html) => html.replace('a()', 'b()'))
    expect(body).toBe(page('b()'))
    expect(policy).toContain(hashOf('b()'))
    expect(policy).not.toContain(hashOf('a()'))
  })

  it('sends the page as written, whole and with its hashes, when finishing it fails', async () => {
    const { policy, body } = await serve(() => {
      throw new Error('a page in a shape the finishing step did not expect')
    })
    expect(body).toBe(page('a()'))
    expect(policy).toContain(hashOf('a()'))
  })
})
