import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  transpilePackages: ['@oneheart/schema', '@oneheart/api', '@oneheart/db'],
  poweredByHeader: false,
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
