import { siteEnv } from '@oneheart/env'
import type { MetadataRoute } from 'next'
import { api } from '~/lib/api'
import { allPages } from '~/lib/paging'

export const dynamic = 'force-dynamic'

/** Every public page: sections, issues, articles, activities and councils. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = siteEnv().WEB_URL
  const client = await api()
  const entries: MetadataRoute.Sitemap = ['/', '/issues', '/activities', '/councils', '/events'].map((path) => ({ url: `${site}${path}` }))
  for (const summary of await allPages((cursor) => client.issues.list({ limit: 100, cursor }))) {
    entries.push({ url: `${site}/issues/${summary.number}`, lastModified: summary.updatedAt })
    const issue = await client.issues.byNumber({ number: summary.number })
    for (const article of issue.articles) entries.push({ url: `${site}/articles/${article.slug}` })
  }
  for (const activity of await allPages((cursor) => client.activities.list({ limit: 100, cursor }))) {
    entries.push({ url: `${site}/activities/${activity.slug}`, lastModified: activity.updatedAt })
  }
  for (const council of await client.councils.list({})) entries.push({ url: `${site}/councils/${council.slug}` })
  return entries
}
