import type { MetadataRoute } from 'next'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  const site = process.env.WEB_URL ?? 'http://localhost:3001'
  return { rules: [{ userAgent: '*', allow: '/', disallow: ['/search', '/settings'] }], sitemap: `${site}/sitemap.xml` }
}
