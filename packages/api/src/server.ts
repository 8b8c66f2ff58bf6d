import { hasRole, type User } from '@oneheart/schema'
import { checkPreviewToken, PREVIEW_REFUSALS, type PreviewSubject } from '@oneheart/tokens'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import type { Payload } from 'payload'
import { callerForUser } from './auth.ts'
import { type ApiContext, anonymousContext, createContext } from './context.ts'
import { MAX_BATCH_SIZE } from './limits.ts'
import { appRouter } from './root.ts'
import { createCallerFactory } from './trpc.ts'

export { createContext } from './context.ts'
export { appRouter } from './root.ts'

const createCaller = createCallerFactory(appRouter)

/** A server-side caller for our own apps: anonymous, so it sees exactly what the public sees. */
export function createPublicCaller(payload: Payload) {
  return createCaller(anonymousContext(payload))
}

/** A server-side caller acting as one signed-in user (the print preview acts as the editor who asked). */
export function createCallerAs(payload: Payload, user: User) {
  return createCaller({ ...anonymousContext(payload), user: { ...user, collection: 'users' }, caller: callerForUser(user) })
}

export type PreviewCaller = { ok: true; api: ReturnType<typeof createCallerAs>; editorId: number } | { ok: false; message: string }

/**
 * The router as the editor who signed a preview link (the print app's paper preview, the
 * site's live preview): drafts included, for that link's subject only. A link that is
 * malformed, forged or expired, or whose editor is no longer staff, opens nothing; the message
 * says why, in Japanese.
 */
export async function callerFromPreviewLink(payload: Payload, subject: PreviewSubject, token: string): Promise<PreviewCaller> {
  const check = checkPreviewToken(payload.secret, subject, token)
  if (!check.ok) return { ok: false, message: PREVIEW_REFUSALS[check.reason] }
  const editor = await payload.findByID({ collection: 'users', id: check.userId, overrideAccess: true, disableErrors: true, depth: 0 })
  if (!editor || !hasRole({ ...editor, collection: 'users' }, 'admin', 'editor')) return { ok: false, message: PREVIEW_REFUSALS.role }
  return { ok: true, api: createCallerAs(payload, editor as User), editorId: editor.id }
}

/** A caller with a given context (tests and server-side tools acting as someone). */
export function createApiCaller(context: ApiContext) {
  return createCaller(context)
}

export { identifyCaller } from './auth.ts'
export { type ApiContext, anonymousContext } from './context.ts'
export { WriteRateLimiter } from './rateLimit.ts'

/** Serves the router over HTTP (fetch API); the CMS mounts it at /api/trpc. */
export function handleTrpcRequest(request: Request, payload: Payload, endpoint = '/api/trpc') {
  return fetchRequestHandler({
    endpoint,
    req: request,
    router: appRouter,
    // One request, a bounded amount of work: a thousand calls in one GET once held every other caller up for seconds.
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createContext({ payload, headers: request.headers }),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'} failed:`, error.cause ?? error)
    },
  })
}
export { handleArchiveImport } from './archiveImport/handler.ts'
