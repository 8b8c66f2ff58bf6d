/**
 * The tRPC HTTP handler that apps/cms mounts at /api/trpc, served by plain node:http so the
 * benchmark measures the API rather than Next's routing. Prints its port when ready.
 */
import { createServer } from 'node:http'
import { createNodeHandler } from '@oneheart/api/node'
import { getPayload } from 'payload'

async function main() {
  const { createPayloadConfig } = await import('@oneheart/schema/config')
  const server = createServer(createNodeHandler(await getPayload({ config: createPayloadConfig() })))
  server.listen(0, '127.0.0.1', () => {
    const address = server.address()
    console.log(`PORT ${typeof address === 'object' && address ? address.port : 0}`)
  })
  process.on('SIGTERM', () => server.close(() => process.exit(0)))
}

void main()
