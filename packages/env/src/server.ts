import path from 'node:path'
import { z } from 'zod'
import { addresses, httpUrl, positiveInteger, positiveNumber } from './fields.ts'
import { parsedOnce, parseVariables, type Variables } from './parse.ts'
import { findRepoRoot } from './repoRoot.ts'

// `next build` evaluates the config to collect routes but never connects: a placeholder is enough there.
const building = process.env.NEXT_PHASE === 'phase-production-build'
const BUILD_PLACEHOLDER = { DATABASE_URL: 'postgres://build@127.0.0.1:1/build', PAYLOAD_SECRET: 'build-time-placeholder-never-used' }

/** The variables of every process that opens the content database: the CMS, the site, the print app and the scripts. */
const serverVariables = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set: run through `npm start`/`npm run dev`, which start the embedded PostgreSQL, or set it to your server.' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL'),
  /** Signs sessions, API keys, preview links and the CMS's calls to the other apps (see @oneheart/tokens). */
  PAYLOAD_SECRET: z
    .string({ error: 'PAYLOAD_SECRET is not set: `npm start` makes one for demo mode; elsewhere set a long random string.' })
    .min(24, 'PAYLOAD_SECRET must be at least 24 characters'),
  ...addresses,
  /** The site's address as readers reach it: every printed URL and QR code is made from it. */
  PUBLIC_SITE_URL: httpUrl.optional(),
  /** "true" under `npm start` on the embedded database: demo content, demo login, relaxed PUBLIC_SITE_URL. */
  ONEHEART_DEMO: z.string().optional(),
  NODE_ENV: z.string().optional(),
  /** Uploads on disk (default .data/media), unless S3_BUCKET names object storage. */
  MEDIA_DIR: z.string().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default('auto'),
  S3_ENDPOINT: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /**
   * Redis or Valkey (redis://…) that several instances share for their counters (login throttle,
   * API write limits). Unset: each process counts alone, which is right for one machine.
   */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// or rediss:// URL')
    .optional(),
  /** Writes one API key may make per minute through tRPC. */
  API_WRITES_PER_MINUTE: positiveInteger(60),
  /** The largest back-issue PDF the archive import takes, in MB. */
  ARCHIVE_MAX_MB: positiveNumber(50),
  /** The most pages one back-issue PDF may have. */
  ARCHIVE_MAX_PAGES: positiveInteger(40),
  /** Scanned pages read with less OCR confidence than this (percent) are flagged for review. */
  ARCHIVE_REVIEW_BELOW: positiveNumber(70),
})

/**
 * Paper outlives a demo: outside demo mode (ONEHEART_DEMO=true, set by `npm start` on the
 * embedded database) and tests, a missing public address is an error, never a silent localhost.
 */
const withPublicSiteUrl = serverVariables.transform((env, ctx) => {
  const demo = building || env.ONEHEART_DEMO === 'true' || env.NODE_ENV === 'test'
  if (!env.PUBLIC_SITE_URL && !demo) {
    ctx.addIssue({
      code: 'custom',
      path: ['PUBLIC_SITE_URL'],
      message:
        "PUBLIC_SITE_URL is not set: the reader site's public address (e.g. https://www.example.city.jp/oneheart), printed on paper and in QR codes. Demo mode uses WEB_URL.",
    })
    return z.NEVER
  }
  return { ...env, PUBLIC_SITE_URL: (env.PUBLIC_SITE_URL ?? env.WEB_URL).replace(/\/+$/, '') }
})

export type ServerEnv = z.infer<typeof withPublicSiteUrl> & { MEDIA_DIR: string }

/** The server environment, parsed once per process; a missing or malformed variable is named in the error. */
export const serverEnv = parsedOnce((source: Variables): ServerEnv => {
  const parsed = parseVariables(withPublicSiteUrl, building ? { ...BUILD_PLACEHOLDER, ...source } : source, 'server')
  return { ...parsed, MEDIA_DIR: parsed.MEDIA_DIR ?? path.join(findRepoRoot(), '.data', 'media') }
})
