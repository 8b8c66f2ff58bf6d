import { TRPCError } from '@trpc/server'

/** The one error type domain code throws; messages are Japanese because readers and editors see them. */
export type ApiErrorCode = 'NOT_FOUND' | 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'TOO_MANY_REQUESTS'

export class ApiError extends TRPCError {
  constructor(code: ApiErrorCode, message: string) {
    super({ code, message })
  }
}

export const notFound = (what: string) => new ApiError('NOT_FOUND', `${what}は見つかりません。`)
