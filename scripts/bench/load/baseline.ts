import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { send } from './client.ts'
import { Tally } from './tally.ts'

/**
 * The floor for this machine at this moment: a bare node:http server sending the bytes of one
 * site page, asked by as many readers through the same client. Measured beside every load
 * level, so both figures share the CPU the rest of the machine leaves.
 */
export async function measureBaseline(page: { body: Buffer; contentType: string }, readers: number, seconds: number) {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': page.contentType, 'content-length': page.body.length })
    response.end(page.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const tally = new Tally()
  const started = Date.now()
  const until = started + seconds * 1000
  await Promise.all(
    Array.from({ length: readers }, async () => {
      while (Date.now() < until) tally.record(url, await send(url))
    }),
  )
  const elapsed = (Date.now() - started) / 1000
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  return { perSecond: tally.perSecond(elapsed), p95: tally.p95(), errors: tally.errors }
}
