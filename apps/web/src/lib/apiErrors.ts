import { TRPCError } from '@trpc/server'
import { ZodError } from 'zod'

/** The sentence a reader should see for a refused request, or null when it was not the reader's input. */
export function readerMessageOf(error: unknown): string | null {
  if (!(error instanceof TRPCError) || error.code !== 'BAD_REQUEST') return null
  if (error.cause instanceof ZodError) return error.cause.issues[0]?.message ?? '入力内容に誤りがあります。'
  return error.message
}

/**
 * Whether the API refused a request for its paging cursor (`after` on the site): a page of
 * results that cannot exist, answered like any address with nothing at it.
 */
export function isCursorRefusal(error: unknown): boolean {
  if (!(error instanceof TRPCError) || error.code !== 'BAD_REQUEST') return false
  if (error.cause instanceof ZodError) return error.cause.issues.some((issue) => issue.path[0] === 'cursor')
  return Boolean((error as { fieldErrors?: Record<string, unknown> }).fieldErrors?.cursor)
}
