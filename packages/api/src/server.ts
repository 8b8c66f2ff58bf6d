import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import type { Payload } from 'payload'
import { appRouter } from './root.ts'
import { createCallerFactory, createContext } from './trpc.ts'

export { appRouter } from './root.ts'
export { createContext } from './trpc.ts'

const createCaller = createCallerFactory(appRouter)

/** A server-side caller for our own apps: anonymous, so it sees exactly what the public sees. */
export function createPublicCaller(payload: Payload) {
  return createCaller({ payload, user: null })
}

/** Serves the router over HTTP (fetch API); the CMS mounts it at /api/trpc. */
export function handleTrpcRequest(request: Request, payload: Payload, endpoint = '/api/trpc') {
  return fetchRequestHandler({
    endpoint,
    req: request,
    router: appRouter,
    createContext: () => createContext({ payload, headers: request.headers }),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'} failed:`, error.cause ?? error)
    },
  })
}
