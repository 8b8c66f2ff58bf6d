import { notFound } from 'next/navigation'
import { Suspense } from 'react'
import { NotFoundHelp } from './NotFoundHelp'

async function SignalNotFound(): Promise<never> {
  await Promise.resolve()
  notFound()
}

/**
 * A page's answer when its record does not exist: status 404, the help text rendered on the
 * server inside the site's layout. Next 16 renders notFound() thrown straight from a page as
 * an empty document that only JavaScript fills in (vercel/next.js#95613, #97000); thrown
 * from inside a Suspense boundary it still sets 404 on the cached page, and the boundary's
 * fallback, the same help text, is real HTML that reads without JavaScript.
 */
export function NotFoundPage() {
  return (
    <Suspense fallback={<NotFoundHelp />}>
      <SignalNotFound />
    </Suspense>
  )
}
