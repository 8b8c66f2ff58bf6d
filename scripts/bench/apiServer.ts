/**
 * The tRPC HTTP handler that apps/cms mounts at /api/trpc, served by plain node:http so the
 * benchmark measures the API rather than Next's routing. Prints its port when ready.
 */
import { createServer } from 'node:http'
import { handleTrpcRequest } from '@oneheart/api/server'
import { getPayload } from 'payload'

async function main() {
  const { createPayloadConfig } = await import('@oneheart/schema/config')
  const payload = await getPayload({ config: createPayloadConfig() })
  const server = createServer(async (req, res) => {
    const body = req.method === 'POST' ? await new Response(req as unknown as ReadableStream).text() : undefined
    const response = await handleTrpcRequest(
      new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: req.headers as HeadersInit, body }),
      payload,
    )
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  server.listen(0, '127.0.0.1', () => {
    const address = server.address()
    console.log(`PORT ${typeof address === 'object' && address ? address.port : 0}`)
  })
  process.on('SIGTERM', () => server.close(() => process.exit(0)))
}

void main()
