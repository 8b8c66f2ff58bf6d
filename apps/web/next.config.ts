import { nextHeaderRules, nextHeaders, siteContentSecurityPolicy } from '@oneheart/http'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { lookRewrites } from './src/lib/lookRewrites'

const nextConfig: NextConfig = {
  transpilePackages: [
    '@oneheart/contract',
    '@oneheart/env',
    '@oneheart/schema',
    '@oneheart/tokens',
    '@oneheart/counters',
    '@oneheart/api',
    '@oneheart/http',
    '@oneheart/ui',
    '@oneheart/db',
    '@oneheart/search',
  ],
  // The analyser reads its dictionary from its own folder at run time.
  serverExternalPackages: ['@patdx/kuromoji'],
  poweredByHeader: false,
  // server/index.ts compresses, after it has hashed each page's inline scripts as written.
  compress: false,
  experimental: {
    // Pages rendered on demand are kept in memory only (Next's cache, at most 50 MB, the least
    // recently used dropped first). On disk, Next wrote seven files for every address asked
    // for, a made-up one's "not found" included, and never removed them: anyone could fill the
    // server's disk. The build's own pages are still read from disk.
    isrFlushToDisk: false,
  },
  // Decided before Next matches any route, so no page is reached without a look; the rules' path
  // pattern leaves out the files and endpoints that are the same in every look.
  // The endpoints moved under /api/ (one prefix the look rewrites leave alone); links already
  // shared and calendars already subscribed keep working.
  redirects: async () => [
    { source: '/search/suggest', destination: '/api/search/suggest', permanent: true },
    { source: '/events/:slug/sessions/:file', destination: '/api/events/:slug/sessions/:file', permanent: true },
  ],
  rewrites: async () => ({ beforeFiles: lookRewrites(), afterFiles: [], fallback: [] }),
  // Fixed at build time and served with cached pages at no cost. Previews, which the CMS frames
  // from an address known only at run time, get their policy from src/proxy.ts instead.
  headers: async () =>
    nextHeaderRules([
      { source: '/:path((?!preview(?:/|$)).*)', headers: nextHeaders([['Content-Security-Policy', siteContentSecurityPolicy()]]) },
      // The web font's folder is named by its version (build-fonts.ts): its files never change.
      { source: '/fonts/:path*', headers: nextHeaders([['Cache-Control', 'public, max-age=31536000, immutable']]) },
    ]),
}

// withPayload marks Payload's server packages external; the site reads content in-process.
const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })

// withPayload also asks every browser for its colour scheme (Accept-CH, Critical-CH, Vary) for the
// admin's theme. The site has no admin and keeps its contrast in a cookie, and Critical-CH made
// Chromium request every first page twice (~620 ms on a slow phone): only the site's own headers.
export default { ...withPayloadConfig, headers: nextConfig.headers }
