import type { CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { Activities, ApiKeys, Articles, Councils, createMedia, Districts, Events, Issues, Meetings, Removals, Users } from './collections/index.ts'
import { Newsletter } from './globals/Newsletter.ts'
import { revalidateSiteOnChange, revalidateSiteOnDelete, revalidateSiteOnGlobalChange } from './hooks/revalidateSite.ts'
import { SEARCH_COLLECTIONS } from './search/documents.ts'
import { dropSearchEntry, keepSearchEntryCurrent } from './search/sync.ts'

/**
 * The search index and the site's revalidation are declared on each collection, where a reader
 * of the collection sees them; this is the net that catches a collection that forgets one.
 */
const collections: CollectionConfig[] = [Issues, Articles, Councils, Districts, Activities, Events, Meetings, createMedia('/tmp'), Users, ApiKeys, Removals]
const SHOWN_ON_SITE = ['issues', 'articles', 'activities', 'events', 'councils', 'districts', 'meetings', 'media']
const searchable = new Set<string>(Object.values(SEARCH_COLLECTIONS))

describe('hooks declared on the collections', () => {
  it.each(collections.map((collection) => [collection.slug, collection] as const))(
    '%s keeps the search index and the site current as it should',
    (slug, collection) => {
      const afterChange = collection.hooks?.afterChange ?? []
      const afterDelete = collection.hooks?.afterDelete ?? []
      expect(afterChange.includes(keepSearchEntryCurrent)).toBe(searchable.has(slug))
      expect(afterDelete.includes(dropSearchEntry)).toBe(searchable.has(slug))
      expect(afterChange.includes(revalidateSiteOnChange)).toBe(SHOWN_ON_SITE.includes(slug))
      expect(afterDelete.includes(revalidateSiteOnDelete)).toBe(SHOWN_ON_SITE.includes(slug))
      // The site is told last, once the index holds what it will read.
      if (SHOWN_ON_SITE.includes(slug)) expect(afterChange.at(-1)).toBe(revalidateSiteOnChange)
    },
  )

  it('councils and districts refresh the entries that show their names', () => {
    expect(Councils.hooks?.afterChange?.length).toBe(3)
    expect(Districts.hooks?.afterChange?.length).toBe(2)
  })

  it('the newsletter settings refresh the site', () => {
    expect(Newsletter.hooks?.afterChange).toContain(revalidateSiteOnGlobalChange)
  })
})
