import { AFTER_FIRST_PAINT } from '../src/lib/afterFirstPaint.ts'

/** Next's scripts as React writes them into a page: `async` in the head. */
const NEXT_SCRIPT = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g
/** Next's early hints for those scripts. */
const NEXT_SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*? href="\/_next\/static\/[^"]+"[^>]*>/g

/**
 * Moves the loading of Next's scripts (React and the App Router's runtime, ~130 kB) to after
 * the page's first paint. As `async` scripts in the head, a phone on a slow connection fetched
 * them while it fetched the page's own stylesheets, and ran them (hydration: a long task)
 * before it painted: Lighthouse's phone then counted them into the largest paint. The page is
 * whole without them (the site works without JavaScript); after the first paint one inline
 * script adds them, in the same order, and the page becomes interactive as before.
 * A page in another shape (Next changed how it writes its scripts) is left as it is.
 */
export function scriptsAfterFirstPaint(html: string): string {
  const sources = [...new Set(Array.from(html.matchAll(NEXT_SCRIPT), (match) => match[1]!))]
  const end = html.lastIndexOf('</body>')
  if (sources.length === 0 || end < 0) return html
  const loader = `<script>(function(){${AFTER_FIRST_PAINT}
afterFirstPaint(function(){${JSON.stringify(sources)}.forEach(function(src){var script=document.createElement('script');script.src=src;script.async=true;document.head.appendChild(script)})})
})()</script>`
  const withoutScripts = `${html.slice(0, end)}${loader}${html.slice(end)}`.replace(NEXT_SCRIPT, '').replace(NEXT_SCRIPT_PRELOAD, '')
  return withoutScripts
}
