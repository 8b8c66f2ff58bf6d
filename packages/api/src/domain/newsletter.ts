import type { Newsletter } from '@oneheart/schema'
import type { ApiContext } from '../trpc.ts'

/**
 * The footer fields the settings may not have yet (publisher.department, cityPageTitle): read
 * when present, null otherwise, so the site and paper show them as soon as the setting exists.
 */
type Publisher = NonNullable<Newsletter['publisher']> & { department?: string | null; cityPageTitle?: string | null }

export async function getNewsletter(ctx: ApiContext) {
  const settings = await ctx.payload.findGlobal({ slug: 'newsletter', depth: 0, overrideAccess: false, user: ctx.user })
  const publisher: Publisher = settings.publisher ?? {}
  return {
    title: settings.title,
    subtitle: settings.subtitle ?? '',
    requestBox: settings.requestBox ?? null,
    layersExplanation: settings.layersExplanation ?? null,
    publisher: {
      name: publisher.name ?? '',
      department: publisher.department ?? null,
      phone: publisher.phone ?? null,
      cityPageUrl: publisher.cityPageUrl ?? null,
      cityPageTitle: publisher.cityPageTitle ?? null,
    },
  }
}
