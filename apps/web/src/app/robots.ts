import { siteEnv } from '@oneheart/env'
import type { MetadataRoute } from 'next'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  const site = siteEnv().WEB_URL
  return { rules: [{ userAgent: '*', allow: '/', disallow: ['/search', '/settings'] }], sitemap: `${site}/sitemap.xml` }
}
