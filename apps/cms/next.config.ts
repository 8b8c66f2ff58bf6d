import { API_CONTENT_SECURITY_POLICY, NOT_FRAMEABLE, nextHeaderRules, nextHeaders } from '@oneheart/http'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  transpilePackages: [
    '@oneheart/admin',
    '@oneheart/contract',
    '@oneheart/env',
    '@oneheart/schema',
    '@oneheart/tokens',
    '@oneheart/counters',
    '@oneheart/ui',
    '@oneheart/api',
    '@oneheart/http',
    '@oneheart/db',
    '@oneheart/search',
    '@oneheart/archive',
  ],
  // The analyser reads its dictionary from its own folder at run time; pdf.js runs in a worker
  // thread of the archive importer and loads its own files.
  serverExternalPackages: ['@patdx/kuromoji', 'pdfjs-dist'],
  poweredByHeader: false,
  images: { unoptimized: true },
  // Headers that name no other app's address; the admin's policy, which does, is set in src/proxy.ts.
  headers: async () =>
    nextHeaderRules([
      { source: '/:path*', headers: nextHeaders(NOT_FRAMEABLE) },
      { source: '/api/:path*', headers: nextHeaders([['Content-Security-Policy', API_CONTENT_SECURITY_POLICY]]) },
    ]),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
