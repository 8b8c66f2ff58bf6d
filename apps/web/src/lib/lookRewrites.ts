import type { Rewrite } from 'next/dist/lib/load-custom-routes'
import {
  CONTRASTS,
  DEFAULT_PREFERENCES,
  FURIGANA,
  lookOf,
  PREFERENCE_CHOICES,
  PREFERENCE_COOKIE,
  type ReaderPreferences,
  type Setting,
  TEXT_SIZES,
} from './preferences'

// Files (the web font under /fonts/), feeds and the endpoints (all under /api/) are the same in
// every look and keep their own paths.
const PAGE_PATH = '/:path((?!_next/|fonts/|api/|settings$|feed\\.xml$|sitemap\\.xml$|robots\\.txt$|favicon).+)'

function everyLook(): ReaderPreferences[] {
  const looks: ReaderPreferences[] = []
  for (const size of Object.keys(TEXT_SIZES) as ReaderPreferences['size'][])
    for (const contrast of Object.keys(CONTRASTS) as ReaderPreferences['contrast'][])
      for (const furigana of Object.keys(FURIGANA) as ReaderPreferences['furigana'][]) looks.push({ size, contrast, furigana })
  return looks
}

/**
 * Serves each page in the reader's look (text size, contrast, furigana): /issues/3 is
 * rendered as /{look}/issues/3, so every combination is cached as a whole page and the
 * choices work without JavaScript. One rewrite per look, chosen by the cookies; a missing or
 * unknown cookie means the default. Rewrites are matched inside Next's router, far cheaper per
 * request than running a proxy function (measured by `npm run bench:web`).
 */
export function lookRewrites(): Rewrite[] {
  const rules = everyLook().map((look) => {
    const has: NonNullable<Rewrite['has']> = []
    const missing: NonNullable<Rewrite['missing']> = []
    for (const setting of Object.keys(PREFERENCE_CHOICES) as Setting[]) {
      const others = Object.keys(PREFERENCE_CHOICES[setting]).filter((value) => value !== DEFAULT_PREFERENCES[setting])
      const key = PREFERENCE_COOKIE[setting]
      if (look[setting] === DEFAULT_PREFERENCES[setting]) missing.push({ type: 'cookie', key, value: `(?:${others.join('|')})` })
      else has.push({ type: 'cookie', key, value: look[setting] })
    }
    return { look: lookOf(look), conditions: { ...(has.length ? { has } : {}), missing } }
  })
  // The cookie conditions exclude each other, but a rewritten path can still be matched by a
  // later rule of the same look: Next rewrote "/" to "/{look}" and then again to
  // "/{look}/{look}" while the home page's rules came first. So they come last.
  return [
    ...rules.map(({ look, conditions }) => ({ source: PAGE_PATH, destination: `/${look}/:path`, ...conditions })),
    ...rules.map(({ look, conditions }) => ({ source: '/', destination: `/${look}`, ...conditions })),
  ]
}
