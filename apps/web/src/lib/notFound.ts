import { TRPCError } from '@trpc/server'
import { notFound } from 'next/navigation'

/** Turns the API's NOT_FOUND into the site's 404 page; anything else stays an error. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') notFound()
    throw error
  }
}
