import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * The site's links. On reader pages, which reach the browser without React
 * (server/withoutNextRuntime.ts), this is a plain <a>: a click loads the page as a new
 * document, from the site's page cache. Where React does run (previews), it does not prefetch:
 * Next fetched every linked page in view once a page had loaded, spending the reader's data on
 * pages they may never open.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />
}
