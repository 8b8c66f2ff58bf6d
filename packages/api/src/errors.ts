import { type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server'
import { DomainError, type DomainErrorCode, fromPayloadError } from './domain/errors.ts'
import { MAX_BATCH_SIZE } from './limits.ts'

/** A refusal as tRPC sends it, with per-field messages for BAD_REQUEST (keyed by the input's field path). */
export type ApiErrorCode = 'NOT_FOUND' | 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'TOO_MANY_REQUESTS'

export class ApiError extends TRPCError {
  readonly fieldErrors?: Record<string, string[]>

  constructor(code: ApiErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super({ code, message })
    this.fieldErrors = fieldErrors
  }
}

/** The one place a domain code becomes a tRPC code (and so an HTTP status). */
const API_CODE_OF: Record<DomainErrorCode, ApiErrorCode> = {
  NOT_FOUND: 'NOT_FOUND',
  INVALID: 'BAD_REQUEST',
  FORBIDDEN: 'FORBIDDEN',
}

/** The API's answer for what a procedure threw: a domain refusal or Payload's own; undefined for anything else. */
export function apiErrorOf(thrown: unknown): ApiError | undefined {
  const refusal = thrown instanceof DomainError ? thrown : fromPayloadError(thrown)
  return refusal && new ApiError(API_CODE_OF[refusal.code], refusal.message, refusal.fieldErrors)
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
