import { send } from './client.ts'
import type { Kind, Tally } from './tally.ts'

export interface Site {
  cms: string
  web: string
  print: string
}

export interface ReaderTarget {
  kind: Kind
  url: string
}

const SEARCH_WORD = '居場所'

/**
 * What a reader asks for, in turn: mostly pages, then the site's search, the search API and an
 * issue's PDF — one in eight requests is a PDF, as a printed newsletter's readers would.
 */
export function readerTargets(site: Site, issues: number[], slugs: string[]): ReaderTarget[] {
  const page = (path: string): ReaderTarget => ({ kind: 'page', url: `${site.web}${path}` })
  const issue = (index: number) => issues[index % issues.length]!
  const slug = (index: number) => slugs[index % slugs.length]!
  const searchInput = encodeURIComponent(JSON.stringify({ q: SEARCH_WORD, limit: 10 }))
  return [
    page('/'),
    page(`/issues/${issue(0)}`),
    { kind: 'search page', url: `${site.web}/search?q=${encodeURIComponent(SEARCH_WORD)}` },
    page(`/articles/${encodeURIComponent(slug(0))}`),
    { kind: 'search.query', url: `${site.cms}/api/trpc/search.query?input=${searchInput}` },
    page(`/issues/${issue(1)}`),
    { kind: 'pdf', url: `${site.print}/issues/${issue(0)}/standard.pdf` },
    page(`/articles/${encodeURIComponent(slug(1))}`),
    page(`/articles/${encodeURIComponent(slug(2))}`),
    { kind: 'search page', url: `${site.web}/search?q=${encodeURIComponent(SEARCH_WORD)}` },
    page(`/issues/${issue(2)}`),
    { kind: 'search.query', url: `${site.cms}/api/trpc/search.query?input=${searchInput}` },
    page(`/articles/${encodeURIComponent(slug(3))}`),
    { kind: 'pdf', url: `${site.print}/issues/${issue(1)}/standard.pdf` },
    page('/'),
    page(`/articles/${encodeURIComponent(slug(4))}`),
  ]
}

/** One reader: the next target as soon as the last answered (a closed loop), until `until`. */
export async function read(index: number, targets: ReaderTarget[], until: number, tallies: Record<Kind, Tally>) {
  // Readers start at different places in the list, so they do not all ask for a PDF at once.
  for (let step = index * 5; Date.now() < until; step += 1) {
    const target = targets[step % targets.length]!
    tallies[target.kind].record(target.url, await send(target.url))
  }
}
