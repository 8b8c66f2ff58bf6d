import type { PublicCouncil, PublicDistrict } from '@oneheart/contract'
import type { ApiContext } from '../context.ts'
import { notFound } from './errors.ts'
import { refOf } from './shapes.ts'

/** Every district with its council, in reading order. Two tables, one query. */
export async function listDistricts(ctx: ApiContext): Promise<PublicDistrict[]> {
  const { docs } = await ctx.payload.find({
    collection: 'districts',
    sort: 'reading',
    limit: 1000,
    pagination: false,
    depth: 1,
    select: { slug: true, name: true, reading: true, council: true },
    populate: { councils: { slug: true, name: true } },
    overrideAccess: false,
    user: ctx.user,
  })
  return docs.map((district) => ({
    id: district.id,
    slug: district.slug ?? String(district.id),
    name: district.name,
    reading: district.reading ?? null,
    council: refOf(district.council),
  }))
}

/** Every council in the city's order, each with its districts (two queries however many there are). */
export async function listCouncils(ctx: ApiContext, input: { layer?: 1 | 2 } = {}): Promise<PublicCouncil[]> {
  const [councils, districts] = await Promise.all([
    ctx.payload.find({
      collection: 'councils',
      where: input.layer ? { layer: { equals: String(input.layer) } } : undefined,
      sort: 'order',
      limit: 1000,
      pagination: false,
      depth: 0,
      joins: false,
      select: { slug: true, name: true, layer: true, reading: true, exchangeGroup: true, description: true },
      overrideAccess: false,
      user: ctx.user,
    }),
    listDistricts(ctx),
  ])
  return councils.docs.map((council) => ({
    id: council.id,
    slug: council.slug ?? String(council.id),
    name: council.name,
    layer: council.layer === '1' ? 1 : 2,
    reading: council.reading ?? null,
    exchangeGroup: council.exchangeGroup ?? null,
    description: council.description ?? null,
    districts: districts.filter((district) => district.council?.id === council.id).map(({ id, slug, name }) => ({ id, slug, name })),
  }))
}

export async function getCouncilBySlug(ctx: ApiContext, slug: string): Promise<PublicCouncil> {
  const council = (await listCouncils(ctx)).find((candidate) => candidate.slug === slug)
  if (!council) throw notFound('協議体')
  return council
}
