import type { AfterErrorHook } from 'payload'
import { REST_MESSAGES } from '../rest/refusal.ts'

type Coded = { code?: unknown; name?: unknown; cause?: unknown }

/** SQLSTATE 42883: a query compared a column with an operator its type lacks (`like` on a date), as a `where` asked. */
const OPERATOR_MISMATCH = '42883'

/** The error and the causes it wraps (Drizzle wraps the driver's error), outermost first. */
function chainOf(error: unknown): Coded[] {
  const chain: Coded[] = []
  for (let current = error; current && typeof current === 'object' && chain.length < 5; current = (current as Coded).cause) chain.push(current as Coded)
  return chain
}

/**
 * REST answers for errors the request caused rather than the server, which Payload would
 * answer with a 500: PostgreSQL's data exceptions (SQLSTATE class 22: text where a number
 * belongs, a number out of range, an impossible date, NUL) and operators a column's type does
 * not have are bad input, 400; a media file
 * missing from the disk or the bucket is a 404. Any other 500 keeps its status and gets a
 * Japanese sentence instead of Payload's English one; details stay in the log.
 */
export const answerClientErrors: AfterErrorHook = ({ error, result }) => {
  const chain = chainOf(error)
  if (chain.some((link) => typeof link.code === 'string' && (/^22[0-9A-Z]{3}$/.test(link.code) || link.code === OPERATOR_MISMATCH))) {
    return { response: { errors: [{ message: REST_MESSAGES.badValue }] }, status: 400 }
  }
  if (chain.some((link) => link.code === 'ENOENT' || link.name === 'NoSuchKey')) {
    return { response: { errors: [{ message: REST_MESSAGES.missingFile }] }, status: 404 }
  }
  const status = (error as { status?: number }).status ?? 500
  if (status >= 500 && result) return { response: { errors: [{ message: REST_MESSAGES.internal }] }, status }
}
