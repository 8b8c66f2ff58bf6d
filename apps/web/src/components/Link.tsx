import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * The site's links: Next's, without prefetching. Next fetches every linked page in view once
 * the page has loaded; on an old phone that work (six menu entries and every list item) came
 * just after the first paint and was most of what Lighthouse counted as blocking time (npm run
 * bench:web), and it spent a reader's data on pages they may never open. A click fetches the page.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />
}
