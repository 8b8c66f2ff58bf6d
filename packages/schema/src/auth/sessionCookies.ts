import type { CollectionConfig } from 'payload'

/**
 * The session cookie is `Secure` whenever the CMS is reached over HTTPS (CMS_URL), so a browser
 * never sends it over plain HTTP; over plain HTTP (local demo) it could not be set otherwise.
 */
export function withSessionCookies(users: CollectionConfig, cmsUrl: string): CollectionConfig {
  const auth = typeof users.auth === 'object' ? users.auth : {}
  return { ...users, auth: { ...auth, cookies: { ...auth.cookies, secure: cmsUrl.startsWith('https://'), sameSite: 'Lax' } } }
}
