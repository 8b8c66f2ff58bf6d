import { TRPCError } from '@trpc/server'
import { Forbidden, NotFound, ValidationError } from 'payload'

/** The one error type domain code throws; messages are Japanese because readers and editors see them. */
export type ApiErrorCode = 'NOT_FOUND' | 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'TOO_MANY_REQUESTS'

export class ApiError extends TRPCError {
  /** Per-field messages for BAD_REQUEST, keyed by the input's field path. */
  readonly fieldErrors?: Record<string, string[]>

  constructor(code: ApiErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super({ code, message })
    this.fieldErrors = fieldErrors
  }
}

export const notFound = (what: string) => new ApiError('NOT_FOUND', `${what}は見つかりません。`)

/** Payload's own refusals, as the API's codes: validation 400, access 403, missing 404. */
export function fromPayloadError(error: unknown): unknown {
  if (error instanceof ValidationError) {
    const fieldErrors: Record<string, string[]> = {}
    for (const issue of error.data.errors) (fieldErrors[issue.path] ??= []).push(issue.message)
    return new ApiError('BAD_REQUEST', '入力内容に誤りがあります。', fieldErrors)
  }
  if (error instanceof Forbidden) return new ApiError('FORBIDDEN', 'この操作を行う権限がありません。')
  if (error instanceof NotFound) return notFound('指定された記録')
  return error
}
