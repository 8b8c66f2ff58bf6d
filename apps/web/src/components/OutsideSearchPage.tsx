'use client'

import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

/** Shows its children on every page but the search page, which has a search box of its own. */
export function OutsideSearchPage({ children }: { children: ReactNode }) {
  // Rewrites may show this the inner path (/{look}/search) or the address (/search).
  const onSearchPage = /(^|\/)search\/?$/.test(usePathname() ?? '')
  return onSearchPage ? null : children
}
