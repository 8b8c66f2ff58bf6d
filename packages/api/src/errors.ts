import { type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server'
import { Forbidden, NotFound, ValidationError } from 'payload'
import { MAX_BATCH_SIZE } from './limits.ts'

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
    for (const issue of error.data.errors) fieldErrors[issue.path] = [...(fieldErrors[issue.path] ?? []), issue.message]
    return new ApiError('BAD_REQUEST', '入力内容に誤りがあります。', fieldErrors)
  }
  if (error instanceof Forbidden) return new ApiError('FORBIDDEN', 'この操作を行う権限がありません。')
  if (error instanceof NotFound) return notFound('指定された記録')
  return error
}

/**
 * Japanese for the refusals tRPC makes itself before a procedure runs (its own messages are
 * English and name internals): an unknown procedure, a wrong method, unreadable JSON.
 */
const FRAMEWORK_REFUSALS: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  BAD_REQUEST: 'リクエストの形式が正しくありません。',
  PARSE_ERROR: 'リクエストを読み取れませんでした。JSON の形を確かめてください。',
  NOT_FOUND: 'その名前の手続き（procedure）はありません。',
  METHOD_NOT_SUPPORTED: 'この手続きはこの方法では呼べません。読み出しは GET、書き込みは POST で送ってください。',
  UNSUPPORTED_MEDIA_TYPE: 'この形式の本文は受け付けません。application/json で送ってください。',
  PAYLOAD_TOO_LARGE: 'リクエストが大きすぎます。',
}

/** The Japanese message for a refusal that came from tRPC rather than from our code, if it is one. */
export function frameworkRefusal(error: TRPCError): string | undefined {
  if (error instanceof ApiError) return undefined
  if (error.code === 'BAD_REQUEST' && error.message.startsWith('Batch call exceeds'))
    return `一度に送れる呼び出しは${MAX_BATCH_SIZE}件までです。分けて送ってください。`
  return FRAMEWORK_REFUSALS[error.code]
}
