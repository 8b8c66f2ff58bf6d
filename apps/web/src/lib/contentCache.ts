import 'server-only'
import { unstable_cache } from 'next/cache'

/**
 * Keeps a read of published content for pages that render per request because they read the
 * query string: the page is still rendered, but the database is not asked the same question
 * again. When a page reads an entry, Next checks it against that page's path tags, so
 * /api/revalidate's revalidatePath of everything under [look] drops it for those pages (the
 * directory's freshness test checks it); hourly at the latest. A reader outside [look] (feed,
 * sitemap) would need its own tag. Arguments are part of the key, so callers pass only values
 * they have checked against a known, bounded set.
 */
export function cachedRead<Args extends unknown[], Result>(name: string, read: (...args: Args) => Promise<Result>) {
  return unstable_cache(read, [name], { revalidate: 3600 })
}
