import type { Payload } from 'payload'

/** The newsletter's title and subtitle from its settings, for the admin's own branding. */
export async function newsletterName(payload: Payload): Promise<{ title: string; subtitle: string; publisher: string }> {
  try {
    const settings = await payload.findGlobal({ slug: 'newsletter', depth: 0, overrideAccess: true })
    return { title: settings.title, subtitle: settings.subtitle ?? '', publisher: settings.publisher?.name ?? '' }
  } catch {
    // Before the first migration the settings are not there yet: the printed name still is.
    return { title: 'めざせ！ワンハート', subtitle: '', publisher: '' }
  }
}
