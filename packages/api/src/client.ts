import { createTRPCClient, httpBatchLink } from '@trpc/client'
import { MAX_BATCH_SIZE } from './limits.ts'
import type { AppRouter } from './root.ts'

/** A typed client for outside developers: `createClient('http://localhost:3000/api/trpc')`. */
export function createClient(url: string, options: { apiKey?: string; fetch?: typeof fetch } = {}) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        maxItems: MAX_BATCH_SIZE,
        fetch: options.fetch,
        headers: () => (options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
      }),
    ],
  })
}
