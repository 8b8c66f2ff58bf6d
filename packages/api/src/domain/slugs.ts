import type { CollectionSlug } from 'payload'
import type { ApiContext } from '../context.ts'
import { invalid } from './errors.ts'

/** Slugs to ids in one query, as the caller may read them; `drafts`: records not yet published count too. */
export async function idsBySlug(ctx: ApiContext, collection: CollectionSlug, slugs: string[], drafts: boolean): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map()
  const { docs } = await ctx.payload.find({
    collection,
    where: { slug: { in: slugs } },
    limit: slugs.length,
    pagination: false,
    depth: 0,
    select: { slug: true },
    draft: drafts,
    overrideAccess: false,
    user: ctx.user,
  })
  return new Map(docs.map((doc) => [(doc as { slug?: string }).slug!, doc.id as number]))
}

/** The ids a write links to, by slug, drafts included; unknown slugs answer 400 naming the field. */
export async function idsForSlugs(ctx: ApiContext, collection: CollectionSlug, slugs: string[] | undefined, field: string): Promise<number[] | undefined> {
  if (!slugs) return undefined
  const bySlug = await idsBySlug(ctx, collection, slugs, true)
  const unknown = slugs.filter((slug) => !bySlug.has(slug))
  if (unknown.length > 0) {
    throw invalid({ [field]: [`見つからないURL用の名前があります: ${unknown.join(', ')}`] })
  }
  return slugs.map((slug) => bySlug.get(slug)!)
}
