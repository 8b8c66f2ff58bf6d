import type { AfterErrorHook } from 'payload'

type PublicError = { isPublic?: boolean; status?: number; message?: string; data?: { errors?: unknown[] } & Record<string, unknown> }

/**
 * Our hooks refuse with Japanese messages meant for the person at the screen. Payload's REST
 * layer recognises its error classes by identity, which the CMS bundle can break (a second copy
 * of the class), and then answers "An unknown error occurred." This puts the message back for
 * every error marked public with a 4xx status, in the shape the admin reads (field errors kept).
 */
export const showPublicErrors: AfterErrorHook = ({ error }) => {
  const { isPublic, status, message, data } = error as PublicError
  if (isPublic !== true || !status || status >= 500 || !message) return
  const name = Array.isArray(data?.errors) ? 'ValidationError' : 'APIError'
  return { response: { errors: [{ name, message, data }] }, status }
}
