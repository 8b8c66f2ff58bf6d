import type { PublicSearchResult } from '@oneheart/contract'
import { searchEntries, searchExecutor } from '@oneheart/schema/search'
import { isDateToken, parseQuery, type SearchCursor, type SearchFilters, type SearchHit, type SearchType } from '@oneheart/search'
import { readingSnippet, titleHighlights } from '@oneheart/search/highlight'
import type { CollectionSlug } from 'payload'
import type { ApiContext } from '../context.ts'
import { DomainError } from './errors.ts'
import { cursorInstant, isCursorId } from './paging.ts'
import { idsBySlug } from './slugs.ts'

export interface SearchInput {
  q: string
  type?: SearchType
  council?: string
  district?: string
  year?: number
  cursor?: string | null
  limit: number
}

const encodeCursor = (cursor: SearchCursor) => Buffer.from(JSON.stringify([cursor.tier, cursor.sortAt, cursor.id])).toString('base64url')

function decodeCursor(text: string): SearchCursor {
  try {
    const [tier, sortAt, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[]
    const at = cursorInstant(sortAt)
    if ((tier === 0 || tier === 1) && at !== null && isCursorId(id)) return { tier, sortAt: at, id }
  } catch {
    // falls through to the error below
  }
  throw new DomainError('INVALID', '続きの位置（cursor）が正しくありません。最初のページから検索し直してください。', {
    cursor: ['前の結果の nextCursor をそのまま送ってください。'],
  })
}

/** The id of a filter's slug: undefined when no filter is given, null when nothing has that slug. */
async function filterId(ctx: ApiContext, collection: CollectionSlug, slug: string | undefined): Promise<number | null | undefined> {
  if (slug === undefined) return undefined
  return (await idsBySlug(ctx, collection, [slug], false)).get(slug) ?? null
}

/** One hit as a reader sees it: the passage and the title with the words marked, in kanji too when typed in kana. */
async function toResult(hit: SearchHit, words: string[]): Promise<PublicSearchResult['items'][number]> {
  // A record with no text of its own shows its title rather than an empty passage.
  const snippet = await readingSnippet(hit.excerptSource.trim() ? hit.excerptSource : hit.title, words)
  return {
    type: hit.docType,
    id: hit.docId,
    title: hit.title,
    url: hit.url,
    snippet: snippet.text,
    highlights: snippet.highlights,
    titleHighlights: await titleHighlights(hit.title, words),
    date: hit.shownOn,
  }
}

const emptyResult = (understood: PublicSearchResult['understood']): PublicSearchResult => ({
  items: [],
  total: 0,
  totalIsLowerBound: false,
  counts: {},
  nextCursor: null,
  suggestions: [],
  understood,
})

/**
 * Full-text search over everything published. Words are AND, "phrases" exact, -words
 * excluded; title hits first, then newest first. Only published records are ever indexed.
 */
export async function searchPublished(ctx: ApiContext, input: SearchInput): Promise<PublicSearchResult> {
  const query = parseQuery(input.q)
  if (!query.include.length) {
    throw new DomainError('INVALID', '探したい言葉を入れてください（記号だけや「-」で除く言葉だけでは探せません）。', {
      q: ['探したい言葉を1つ以上入れてください。'],
    })
  }
  const after = input.cursor ? decodeCursor(input.cursor) : null
  const [councilId, districtId] = await Promise.all([filterId(ctx, 'councils', input.council), filterId(ctx, 'districts', input.district)])
  if (councilId === null || districtId === null) return emptyResult(query)
  const filters: SearchFilters = { type: input.type, councilId, districtId, fiscalYear: input.year }

  const run = await searchExecutor(ctx.payload)
  const counts = await searchEntries.counts(run, query, filters)
  const page = await searchEntries.page(run, query, filters, input.limit, after, counts.capped)
  let suggestions: string[] = []
  if (counts.total === 0 && !after) {
    // A date term (md0216) is no word to offer a reader.
    const alone =
      query.include.length > 1
        ? await Promise.all(
            query.include
              .filter((word) => !isDateToken(word))
              .map(async (word) => ((await searchEntries.counts(run, { include: [word], exclude: [] }, filters)).total > 0 ? word : null)),
          )
        : []
    const related = await searchEntries.relatedTitles(run, query.include)
    suggestions = [...new Set([...alone.filter((word): word is string => word !== null), ...related])].slice(0, 8)
  }
  return {
    items: await Promise.all(page.items.map((hit) => toResult(hit, query.include))),
    total: counts.total,
    totalIsLowerBound: counts.capped,
    counts: counts.byType,
    nextCursor: page.next ? encodeCursor(page.next) : null,
    suggestions,
    understood: query,
  }
}
