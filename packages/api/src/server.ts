import { createHash } from 'node:crypto'
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

/** Serves the router over HTTP (fetch API); the CMS mounts it at /api/trpc. */
export async function handleTrpcRequest(request: Request, payload: Payload, endpoint = '/api/trpc'): Promise<Response> {
  const response = await fetchRequestHandler({
    endpoint,
    req: request,
    router: appRouter,
    // One request, a bounded amount of work: a thousand calls in one GET once held every other caller up for seconds.
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createContext({ payload, headers: request.headers }),
    responseMeta: ({ ctx, type, errors }) => ({ headers: cachingHeaders(ctx, type, errors.length === 0) }),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'} failed:`, error.cause ?? error)
    },
  })
  return withEntityTag(request, response)
}

/**
 * A successful read by an anonymous caller is the same for everyone: a shared cache (nginx, a
 * CDN) may keep it, but must ask again each time (content changes at any moment) and gets a 304
 * while it is unchanged. Anything a signed-in caller or an API key reads may hold drafts: never kept.
 */
function cachingHeaders(ctx: ApiContext | undefined, type: string, ok: boolean): Record<string, string> {
  const shared = ok && type === 'query' && ctx?.caller.via === 'anonymous'
  return shared ? { 'cache-control': 'public, max-age=0, must-revalidate', vary: 'Authorization, Cookie' } : { 'cache-control': 'private, no-store' }
}

/** A strong ETag on a shareable answer, and 304 Not Modified when the caller already holds it. */
async function withEntityTag(request: Request, response: Response): Promise<Response> {
  if (request.method !== 'GET' || response.status !== 200 || !response.headers.get('cache-control')?.startsWith('public')) return response
  const body = await response.arrayBuffer()
  const tag = `"${createHash('sha256').update(new Uint8Array(body)).digest('base64url').slice(0, 27)}"`
  const headers = new Headers(response.headers)
  headers.set('etag', tag)
  const held = request.headers.get('if-none-match')
  if (held?.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === tag)) {
    headers.delete('content-length')
    headers.delete('content-type')
    return new Response(null, { status: 304, headers })
  }
  return new Response(body, { status: 200, headers })
}

export { handleArchiveImport } from './archiveImport/handler.ts'
