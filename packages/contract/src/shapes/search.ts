import { z } from 'zod'
import { calendarDateSchema } from './common.ts'

/** What a result is: 記事・号・活動・イベント・話し合い・協議体. The search index files its rows under these. */
export const SEARCH_TYPES = ['article', 'issue', 'activity', 'event', 'council', 'meeting'] as const

export const searchTypeSchema = z.enum(SEARCH_TYPES)
export type PublicSearchType = z.infer<typeof searchTypeSchema>

const rangesSchema = z.array(z.object({ start: z.number(), end: z.number() }))

export const searchHitSchema = z.object({
  type: searchTypeSchema,
  id: z.number(),
  title: z.string(),
  /** Path on the reader site, e.g. /articles/{slug}. */
  url: z.string(),
  snippet: z.string(),
  /** Ranges of `snippet` where the query's words appear, for <mark> (kana words marked where written in kanji, dates however written). */
  highlights: rangesSchema,
  /** Ranges of `title` where the query's words appear, read as kana too (しもおおるい marks 下大類). */
  titleHighlights: rangesSchema,
  date: calendarDateSchema.nullable(),
})
export type PublicSearchHit = z.infer<typeof searchHitSchema>

export const searchResultSchema = z.object({
  items: z.array(searchHitSchema),
  /** Matches for the filters given; counting stops at 1,000 (see totalIsLowerBound). */
  total: z.number(),
  totalIsLowerBound: z.boolean(),
  /** Matches per type, ignoring the type filter, so a reader can switch between them. */
  counts: z.partialRecord(searchTypeSchema, z.number()),
  nextCursor: z.string().nullable(),
  /** Other searches to try when nothing matched. */
  suggestions: z.array(z.string()),
  /** The words as understood: normalised, AND-ed, and the excluded ones. */
  understood: z.object({ include: z.array(z.string()), exclude: z.array(z.string()) }),
})
export type PublicSearchResult = z.infer<typeof searchResultSchema>
