import { Forbidden, NotFound, ValidationError } from 'payload'

/**
 * Why the domain refused: the one error type domain code throws. It knows nothing of the
 * transport; errors.ts maps each code to tRPC's (and so to an HTTP status) in one place.
 * Messages are Japanese because readers and editors see them.
 */
export type DomainErrorCode = 'NOT_FOUND' | 'INVALID' | 'FORBIDDEN'

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Per-field messages for INVALID, keyed by the input's field path. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what}は見つかりません。`)

/** Input the domain cannot take, with the field it is about. */
export const invalid = (fieldErrors: Record<string, string[]>, message = '入力内容に誤りがあります。') => new DomainError('INVALID', message, fieldErrors)

/** Payload's own refusals as domain errors (validation, access, missing); anything else is not one. */
export function fromPayloadError(error: unknown): DomainError | undefined {
  if (error instanceof ValidationError) {
    const fieldErrors: Record<string, string[]> = {}
    for (const issue of error.data.errors) fieldErrors[issue.path] = [...(fieldErrors[issue.path] ?? []), issue.message]
    return invalid(fieldErrors)
  }
  if (error instanceof Forbidden) return new DomainError('FORBIDDEN', 'この操作を行う権限がありません。')
  if (error instanceof NotFound) return notFound('指定された記録')
  return undefined
}
