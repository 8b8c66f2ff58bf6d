/**
 * Headers for every media file the CMS serves. Browsers must take a file for what its
 * Content-Type says (never sniff a page out of it), and a file opened directly runs no script
 * in the CMS's origin. A PDF is offered as a download: a PDF viewer in the CMS's origin is
 * more than a reader needs, and a download cannot act on the editor's session.
 */
export function mediaResponseHeaders({ headers }: { headers: Headers }): Headers {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
  if ((headers.get('Content-Type') ?? '').toLowerCase().startsWith('application/pdf')) headers.set('Content-Disposition', 'attachment')
  else headers.set('Content-Disposition', 'inline')
  return headers
}
