import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'
import { handleTrpcRequest } from './server.ts'

/**
 * The same handler the CMS mounts at /api/trpc, for a plain node:http server (benchmarks,
 * tests, or running the API without Next).
 */
export function createNodeHandler(payload: Payload) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
      else if (Array.isArray(value)) for (const each of value) headers.append(name, each)
    }
    const response = await handleTrpcRequest(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body }), payload)
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  }
}
