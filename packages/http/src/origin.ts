/**
 * Whether the reader's browser reached us over HTTPS. Behind a proxy that ends TLS the app
 * itself sees plain http, so the proxy's `x-forwarded-proto` decides when it is sent.
 */
export function servedOverHttps(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
  if (forwarded) return forwarded === 'https'
  return new URL(request.url).protocol === 'https:'
}

/** This app's origin as the browser sees it: the request's host, and https when the browser used it. */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url)
  return `${servedOverHttps(request) ? 'https' : url.protocol.replace(/:$/, '')}://${url.host}`
}

/**
 * The absolute address on `origin` that `address` (a path or a URL) names, or null when it
 * names another site or cannot be read. Leading runs of slashes and backslashes in the resolved
 * path are folded into one, so the result never starts a network-path reference (`//host`,
 * `/\host`) that a browser would follow off-site.
 */
export function sameOriginAddress(address: string, origin: string): string | null {
  let target: URL
  try {
    target = new URL(address, origin)
  } catch {
    return null
  }
  // The host only: behind a proxy that ends TLS the request says http while the page says https.
  if (target.host !== new URL(origin).host) return null
  const path = target.pathname.replace(/^[/\\]+/, '/')
  const safe = new URL(path + target.search, origin)
  return safe.origin === new URL(origin).origin ? safe.href : null
}
