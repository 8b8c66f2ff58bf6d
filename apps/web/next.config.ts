import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  transpilePackages: ['@oneheart/schema', '@oneheart/api', '@oneheart/ui', '@oneheart/db'],
  poweredByHeader: false,
}

// withPayload marks Payload's server packages external; the site reads content in-process.
export default withPayload(nextConfig, { devBundleServerPackages: false })
