import { handleTrpcRequest } from '@oneheart/api/server'
import { testPayload } from './payload.ts'

export interface TrpcAnswer {
  status: number
  body: {
    result?: { data: unknown }
    error?: { message: string; data: { code: string; fieldErrors?: Record<string, string[]>; stack?: string } }
  }
}

/** One tRPC call through the HTTP handler the CMS mounts: a query (GET) or a mutation (POST). */
export async function trpcHttp(path: string, input: unknown, options: { mutation?: boolean; headers?: Record<string, string> } = {}): Promise<TrpcAnswer> {
  const payload = await testPayload()
  const request = options.mutation
    ? new Request(`http://localhost/api/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: JSON.stringify(input),
      })
    : new Request(`http://localhost/api/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`, {
        headers: options.headers,
      })
  const response = await handleTrpcRequest(request, payload)
  return { status: response.status, body: (await response.json()) as TrpcAnswer['body'] }
}
