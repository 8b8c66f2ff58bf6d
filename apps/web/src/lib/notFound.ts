import { TRPCError } from '@trpc/server'

/** The API's NOT_FOUND as null, so a page can answer with its not-found view; anything else stays an error. */
export async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') return null
    throw error
  }
}

/** What a page's metadata says when there is nothing at its address. */
export const NOT_FOUND_METADATA = { title: 'ページが見つかりません', robots: { index: false } } as const
