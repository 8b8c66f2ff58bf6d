import { TRPCError } from '@trpc/server'

/**
 * A record the page's address names, or null when there is none: the API's NOT_FOUND, or its
 * BAD_REQUEST for a slug or number its input schema refuses (no record can have it), so the
 * page answers with its not-found view. Anything else stays an error.
 */
export async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) return null
    throw error
  }
}

/** What a page's metadata says when there is nothing at its address. */
export const NOT_FOUND_METADATA = { title: 'ページが見つかりません', robots: { index: false } } as const
