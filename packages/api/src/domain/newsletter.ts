import type { ApiContext } from '../context.ts'

export async function getNewsletter(ctx: ApiContext) {
  const settings = await ctx.payload.findGlobal({ slug: 'newsletter', depth: 0, overrideAccess: false, user: ctx.user })
  const publisher = settings.publisher ?? {}
  return {
    title: settings.title,
    subtitle: settings.subtitle ?? '',
    requestBox: settings.requestBox ?? null,
    layersExplanation: settings.layersExplanation ?? null,
    secondLayerFunctions: (settings.secondLayerFunctions ?? []).map((item) => item.text),
    publisher: {
      name: publisher.name ?? '',
      department: publisher.department ?? null,
      phone: publisher.phone ?? null,
      cityPageUrl: publisher.cityPageUrl ?? null,
      cityPageTitle: publisher.cityPageTitle ?? null,
    },
  }
}
