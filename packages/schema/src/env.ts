import { existsSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/** The repository root: the nearest folder upwards holding turbo.json. */
export function findRepoRoot(from = process.cwd()): string {
  // turbopackIgnore: a runtime lookup, not a file the bundle should trace.
  let dir = path.resolve(/*turbopackIgnore: true*/ from)
  while (!existsSync(path.join(/*turbopackIgnore: true*/ dir, 'turbo.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(/*turbopackIgnore: true*/ from)
    dir = parent
  }
  return dir
}

// `next build` evaluates the config to collect routes but never connects: a placeholder is enough there.
const building = process.env.NEXT_PHASE === 'phase-production-build'
const BUILD_PLACEHOLDER_URL = 'postgres://build@127.0.0.1:1/build'
const BUILD_PLACEHOLDER_SECRET = 'build-time-placeholder-never-used'

const url = z.url({ protocol: /^https?$/ })
const serverEnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set: run through `npm start`/`npm run dev`, which start the embedded PostgreSQL, or set it to your server.' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL'),
  PAYLOAD_SECRET: z
    .string({ error: 'PAYLOAD_SECRET is not set: `npm start` makes one for demo mode; elsewhere set a long random string.' })
    .min(24, 'PAYLOAD_SECRET must be at least 24 characters'),
  CMS_URL: url.default('http://localhost:3000'),
  WEB_URL: url.default('http://localhost:3001'),
  /** The site's address as readers reach it: every printed URL and QR code is made from it. */
  PUBLIC_SITE_URL: url.optional(),
  ONEHEART_DEMO: z.string().optional(),
  NODE_ENV: z.string().optional(),
  PRINT_URL: url.default('http://localhost:3002'),
  MEDIA_DIR: z.string().optional(),
  REVALIDATE_SECRET: z.string().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default('auto'),
  S3_ENDPOINT: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
})

/**
 * Paper outlives a demo: outside demo mode (ONEHEART_DEMO=true, set by `npm start` on the
 * embedded database) and tests, a missing public address is an error, never a silent localhost.
 */
const withPublicSiteUrl = serverEnvSchema.transform((env, ctx) => {
  const demo = building || env.ONEHEART_DEMO === 'true' || env.NODE_ENV === 'test'
  if (!env.PUBLIC_SITE_URL && !demo) {
    ctx.addIssue({
      code: 'custom',
      path: ['PUBLIC_SITE_URL'],
      message: 'PUBLIC_SITE_URL is not set: the reader site\'s public address (e.g. https://www.example.city.jp/oneheart), printed on paper and in QR codes. Demo mode uses WEB_URL.',
    })
    return z.NEVER
  }
  return { ...env, PUBLIC_SITE_URL: (env.PUBLIC_SITE_URL ?? env.WEB_URL).replace(/\/+$/, '') }
})

export type ServerEnv = z.infer<typeof withPublicSiteUrl> & { MEDIA_DIR: string }

let cached: ServerEnv | undefined

/** Parses the server environment once; a missing or malformed variable is named in the error. */
export function serverEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  if (cached && source === process.env) return cached
  const input = building
    ? { DATABASE_URL: BUILD_PLACEHOLDER_URL, PAYLOAD_SECRET: BUILD_PLACEHOLDER_SECRET, ...source }
    : source
  const parsed = withPublicSiteUrl.safeParse(input)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')
    throw new Error(`Invalid environment for One Heart:\n${problems}`)
  }
  const env = { ...parsed.data, MEDIA_DIR: parsed.data.MEDIA_DIR ?? path.join(findRepoRoot(), '.data', 'media') }
  if (source === process.env) cached = env
  return env
}
