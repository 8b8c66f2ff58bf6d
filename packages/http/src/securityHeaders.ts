import { isDevelopment } from '@oneheart/env'

/**
 * The security headers of all three apps, decided in one place. Each app asks for its own
 * kind of response; the policies differ only where the apps do.
 */

export type HeaderList = Array<[name: string, value: string]>

/** The origin of a URL ("http://localhost:3000/x" → "http://localhost:3000"); nothing for an empty or unreadable one. */
export function originOf(url: string | undefined): string[] {
  if (!url) return []
  try {
    return [new URL(url).origin]
  } catch {
    return []
  }
}

const policy = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`.trim())
    .join('; ')

/** `npm run dev` only: React's development build and Next's hot reload evaluate code; production never does. */
const DEVELOPMENT_EVAL = isDevelopment() ? ["'unsafe-eval'"] : []
/** `next dev` serves the site without the server that hashes its inline scripts. */
const DEVELOPMENT_INLINE = isDevelopment() ? ["'unsafe-inline'"] : []

/** Browser features none of the apps use: no page may ask for them, nor a page that frames ours. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'bluetooth=()',
].join(', ')

/** Sent with every response of every app. */
export const COMMON_HEADERS: HeaderList = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', PERMISSIONS_POLICY],
]

/** Only on responses the browser received over HTTPS: over plain http the header would be ignored or, behind a mixed setup, wrong. */
export const HSTS_HEADER: [string, string] = ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']

/** A page nobody may frame, in both the modern and the old header. */
export const NOT_FRAMEABLE: HeaderList = [['X-Frame-Options', 'DENY']]

/**
 * The reader site's pages: scripts from this origin only, no eval, no plugins, no <base>
 * rewrites, forms post here. Next.js writes each page's data as inline scripts; the site's server
 * (apps/web/server) adds the hash of each one to the page's `script-src`, because whole pages are
 * cached and served to every reader, where a per-response nonce cannot be. Only `next dev`, which
 * does not go through that server, allows inline scripts. Photos are absolute URLs of the CMS or
 * the media bucket, whose origin is known only at run time, so images may come from any http(s)
 * origin. `framedBy`: who may frame the page (the CMS, for its live preview of drafts); nobody
 * by default.
 */
export function siteContentSecurityPolicy(framedBy: string[] = []): string {
  return policy({
    'default-src': ["'self'"],
    'script-src': ["'self'", ...DEVELOPMENT_INLINE, ...DEVELOPMENT_EVAL],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https:', 'http:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'media-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': framedBy.length ? framedBy : ["'none'"],
  })
}

/**
 * The print app's HTML previews and pages: no scripts at all. Styles are its own sheets and
 * a few style attributes; photos come from its own /media/ route or, with S3, the CMS.
 */
export function printContentSecurityPolicy(imageOrigins: string[] = []): string {
  return policy({
    'default-src': ["'none'"],
    'script-src': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', ...imageOrigins],
    'font-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  })
}

/**
 * Payload's admin. It is a Next.js app with inline scripts and styles of its own, so those
 * stay allowed (Payload offers no nonce); everything else is this origin. The live preview
 * frames the reader site (`frames`), and nobody may frame the admin.
 */
export function adminContentSecurityPolicy(frames: string[] = []): string {
  return policy({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...DEVELOPMENT_EVAL],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'media-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'frame-src': ["'self'", ...frames],
    'worker-src': ["'self'", 'blob:'],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  })
}

/** JSON and files from an API: nothing in them runs, and nothing frames them. */
export const API_CONTENT_SECURITY_POLICY = policy({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] })

type NextHeaderRule = { source: string; headers: Array<{ key: string; value: string }>; has?: Array<{ type: 'header'; key: string; value: string }> }

const asNext = (list: HeaderList) => list.map(([key, value]) => ({ key, value }))

/**
 * next.config `headers()` rules for what does not depend on run-time addresses: the common
 * headers everywhere, HSTS when the proxy in front says the browser used HTTPS, and `extra`
 * rules of the app's own. (Next fixes these at build time; policies that name another app's
 * origin are set at run time instead.)
 */
export function nextHeaderRules(extra: NextHeaderRule[] = []): NextHeaderRule[] {
  return [
    { source: '/:path*', headers: asNext(COMMON_HEADERS) },
    { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: asNext([HSTS_HEADER]) },
    ...extra,
  ]
}

export const nextHeaders = asNext
