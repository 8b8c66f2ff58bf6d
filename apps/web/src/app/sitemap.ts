import type { MetadataRoute } from 'next'
import { api } from '../lib/api'

export const dynamic = 'force-dynamic'

/** Every public page: sections, issues, articles, activities and councils. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = process.env.WEB_URL ?? 'http://localhost:3001'
  const client = await api()
  const entries: MetadataRoute.Sitemap = ['/', '/issues', '/activities', '/councils', '/events'].map((path) => ({ url: `${site}${path}` }))
  let cursor: number | null = null
  do {
    const page: Awaited<ReturnType<typeof client.issues.list>> = await client.issues.list({ limit: 100, cursor })
    for (const summary of page.items) {
      entries.push({ url: `${site}/issues/${summary.number}`, lastModified: summary.updatedAt })
      const issue = await client.issues.byNumber({ number: summary.number })
      for (const article of issue.articles) entries.push({ url: `${site}/articles/${article.slug}` })
    }
    cursor = page.nextCursor
  } while (cursor !== null)
  let after: number | null = null
  do {
    const page: Awaited<ReturnType<typeof client.activities.list>> = await client.activities.list({ limit: 100, cursor: after })
    for (const activity of page.items) entries.push({ url: `${site}/activities/${activity.slug}`, lastModified: activity.updatedAt })
    after = page.nextCursor
  } while (after !== null)
  for (const council of await client.councils.list({})) entries.push({ url: `${site}/councils/${council.slug}` })
  return entries
}
