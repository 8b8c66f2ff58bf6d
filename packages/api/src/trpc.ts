import type { ApiKeyScope } from '@oneheart/contract'
import { isDevelopment } from '@oneheart/env'
import { initTRPC } from '@trpc/server'
import { ZodError, z } from 'zod'
import type { ApiContext } from './context.ts'
import { ApiError, apiErrorOf, frameworkRefusal } from './errors.ts'

/* ------------------------------------------------------------------ 1. Init
 * Input errors answer 400 with field-level messages (in Japanese, like every message a person
 * reads here); stacks never leave a production server.
 */
z.config(z.locales.ja())

const t = initTRPC.context<ApiContext>().create({
  isDev: isDevelopment(),
  errorFormatter({ shape, error }) {
    const fieldErrors =
      error instanceof ApiError
        ? error.fieldErrors
        : error.cause instanceof ZodError
          ? (z.flattenError(error.cause).fieldErrors as Record<string, string[]>)
          : undefined
    const internal = error.code === 'INTERNAL_SERVER_ERROR' && !isDevelopment()
    return {
      ...shape,
      // An internal error's own message can carry SQL; the caller gets a plain sentence instead.
      message:
        error.cause instanceof ZodError
          ? '入力内容に誤りがあります。'
          : internal
            ? 'サーバーで問題が起きました。時間をおいてもう一度お試しください。'
            : (frameworkRefusal(error) ?? shape.message),
      data: { ...shape.data, fieldErrors },
    }
  },
})

/* ------------------------------------------------------------------ 2. Procedures */
export const createRouter = t.router
export const createCallerFactory = t.createCallerFactory

/** Whether any text in an input holds a NUL, which PostgreSQL cannot store or compare (it answers with an error). */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000')
  if (depth > 20 || value === null || typeof value !== 'object') return false
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || holdsNul(item, depth + 1))
}

/** Every procedure: what the domain (or Payload) refused answers with its own code, not 500. */
const domainRefusals = t.procedure.use(async ({ next }) => {
  // next() reports failures as a result, not a throw.
  const result = await next()
  if (!result.ok) {
    const refusal = apiErrorOf(result.error.cause)
    if (refusal) throw refusal
  }
  return result
})

/** Anyone; credentials that were sent but are wrong or revoked are refused (401), not ignored. */
export const publicProcedure = domainRefusals.use(async ({ ctx, next, getRawInput }) => {
  if (ctx.caller.failure) throw new ApiError('UNAUTHORIZED', ctx.caller.failure)
  // Unreadable input is left to the procedure's own parser: one that takes no input never reads it.
  const raw = await getRawInput().catch(() => undefined)
  if (holdsNul(raw)) throw new ApiError('BAD_REQUEST', '入力に使えない文字（NUL）が含まれています。')
  return next()
})

/** A signed-in editor or an API key holding `scope`: 401 without credentials, 403 without the scope. */
export function scopedProcedure(scope: ApiKeyScope) {
  return publicProcedure.use(async ({ ctx, next }) => {
    if (ctx.caller.via === 'anonymous') throw new ApiError('UNAUTHORIZED', 'ログインするか、APIキーを送ってください。')
    if (!ctx.caller.scopes.has(scope)) throw new ApiError('FORBIDDEN', 'この操作を行う権限がありません。')
    return next()
  })
}

/** Writes: the `write` scope, and a per-caller rate limit. */
export const writeProcedure = scopedProcedure('write').use(async ({ ctx, next }) => {
  const callerKey = ctx.caller.apiKey ? `key:${ctx.caller.apiKey.id}` : `user:${ctx.user?.id}`
  if (!(await ctx.writeLimiter.take(callerKey))) {
    throw new ApiError('TOO_MANY_REQUESTS', `書き込みは1分間に${ctx.writeLimiter.limit}回までです。少し待ってからもう一度お試しください。`)
  }
  return next()
})
