import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  transpilePackages: ['@oneheart/schema', '@oneheart/api', '@oneheart/http', '@oneheart/db', '@oneheart/search'],
  // The analyser reads its dictionary from its own folder at run time.
  serverExternalPackages: ['@patdx/kuromoji'],
  poweredByHeader: false,
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
