import { isDateToken } from '@oneheart/contract/dates'
import { NORMAL_FORM_TERM, type SearchRow, type SearchType } from './entry.ts'
import type { ParsedQuery } from './query.ts'
import { checkedIdentifier, containsPattern, SqlBuilder, type SqlExecutor, type SqlQuery } from './sql.ts'
import { queryTerms, termsAreExact } from './tokens.ts'

export interface SearchFilters {
  type?: SearchType
  councilId?: number
  districtId?: number
  fiscalYear?: number
}

/** Where the next page starts: title hits (tier 0) come before the rest (tier 1), newest first in each. */
export interface SearchCursor {
  tier: 0 | 1
  sortAt: string
  id: number
}

/** A stored row as a page of results reads it: its own id, the date as text, and its tier. */
export type SearchHit = Pick<SearchRow, 'docType' | 'docId' | 'title' | 'excerptSource' | 'url' | 'shownOn'> & {
  id: number
  sortAt: string
  tier: 0 | 1
}

export interface SearchCounts {
  byType: Partial<Record<SearchType, number>>
  total: number
  /** More than COUNT_CAP matched; the figures are lower bounds. */
  capped: boolean
}

/** Counting stops here: nobody pages through more, and counting a million matches costs. */
export const COUNT_CAP = 1000

/** The most newest-first rows a page reads before it asks the GIN index instead (see tierQuery). */
const MAX_WINDOW = 8000

/** The most rows a count reads by text before it asks the GIN index instead (see cappedCount). */
const MAX_SAMPLE = 40000

/** Every index term the words need, once each. */
const termsOf = (words: string[]) => [...new Set(words.flatMap((word) => queryTerms(word)))]

const hitColumns = 'id, doc_type, doc_id, title, excerpt_source, url, shown_on, sort_at'

function toHit(row: Record<string, unknown>, tier: 0 | 1): SearchHit {
  const day = row.shown_on
  return {
    id: Number(row.id),
    docType: row.doc_type as SearchType,
    docId: Number(row.doc_id),
    title: String(row.title),
    excerptSource: String(row.excerpt_source),
    url: String(row.url),
    shownOn: day instanceof Date ? day.toISOString().slice(0, 10) : day ? String(day) : null,
    sortAt: new Date(row.sort_at as string | Date).toISOString(),
    tier,
  }
}

/**
 * The search index: one row per published record, with its normalised text and the index
 * terms (characters and pairs) under a GIN index. Terms find candidates; the normalised text
 * confirms every word of three or more characters, so no false match and no missed one.
 */
export function searchStore(tableName = 'search_entries') {
  const table = checkedIdentifier(tableName)

  /** With `byText`, rows are only read, never looked up: every word is checked in the text itself. */
  function matchSql(sql: SqlBuilder, query: ParsedQuery, filters: SearchFilters, withType = true, byText = false): string {
    const confirm = query.include.filter((word) => byText || !termsAreExact(word)).map(containsPattern)
    const clauses = byText ? [] : [`terms @> ${sql.param(termsOf(query.include))}::text[]`]
    if (confirm.length) clauses.push(`haystack LIKE ALL (${sql.param(confirm)}::text[])`)
    clauses.push(filterSql(sql, query, filters, withType))
    return clauses.join(' AND ')
  }

  /** Excluded words and the reader's filters. */
  function filterSql(sql: SqlBuilder, query: ParsedQuery, filters: SearchFilters, withType = true): string {
    const clauses = ['TRUE']
    if (query.exclude.length) clauses.push(`NOT (haystack LIKE ANY (${sql.param(query.exclude.map(containsPattern))}::text[]))`)
    if (withType && filters.type) clauses.push(`doc_type = ${sql.param(filters.type)}`)
    if (filters.councilId !== undefined) clauses.push(`council_ids @> ARRAY[${sql.param(filters.councilId)}::int]`)
    if (filters.districtId !== undefined) clauses.push(`district_ids @> ARRAY[${sql.param(filters.districtId)}::int]`)
    if (filters.fiscalYear !== undefined) clauses.push(`fiscal_year = ${sql.param(filters.fiscalYear)}`)
    return clauses.join(' AND ')
  }

  /**
   * One tier's next rows, newest first. With a `window`, only that many of the newest rows
   * are read (through the sort_at index): a common word fills a page there at once. Without,
   * the GIN index finds every match and they are sorted, which is cheap when they are few.
   * The planner cannot choose between the two itself: it multiplies the frequencies of one
   * word's pairs as if they were independent, and so thinks every word is rare.
   */
  function tierQuery(query: ParsedQuery, filters: SearchFilters, tier: 0 | 1, after: SearchCursor | null, limit: number, window: number | null): SqlQuery {
    const sql = new SqlBuilder()
    const titleWords = sql.param(query.include.map(containsPattern))
    const inTitle = `title_norm LIKE ALL (${titleWords}::text[])`
    const titleTerms = () => `title_terms @> ${sql.param(termsOf(query.include))}::text[]`
    // A title holding every word is a match by itself, so title hits need only the title's terms.
    const clauses =
      tier === 0
        ? [window !== null ? inTitle : `${titleTerms()} AND ${inTitle}`, filterSql(sql, query, filters)]
        : [matchSql(sql, query, filters, true, window !== null), `NOT (${inTitle})`]
    const older = after ? `(sort_at, id) < (${sql.param(after.sortAt)}::timestamptz, ${sql.param(after.id)}::bigint)` : 'TRUE'
    const source = window !== null ? `(SELECT * FROM ${table} WHERE ${older} ORDER BY sort_at DESC, id DESC LIMIT ${sql.param(window)}) recent` : table
    if (window === null) clauses.push(older)
    const order = `ORDER BY sort_at DESC, id DESC LIMIT ${sql.param(limit)}`
    if (window === null && query.include.some(isDateToken)) {
      // The statistics of a date term are right, so the planner walks the newest rows looking
      // for it, but its rows lie together in the past: collect them by the index first.
      return sql.build(`WITH matched AS MATERIALIZED (SELECT ${hitColumns} FROM ${table} WHERE ${clauses.join(' AND ')}) SELECT * FROM matched ${order}`)
    }
    return sql.build(`SELECT ${hitColumns} FROM ${source} WHERE ${clauses.join(' AND ')} ${order}`)
  }

  type Frequencies = { at: number; byTerm: Map<string, number>; floor: number }
  const frequencies = new Map<string, Frequencies>()

  /** How often each common term occurs in a column, from the statistics ANALYZE keeps (cached a minute). */
  async function termFrequencies(run: SqlExecutor, column: 'terms' | 'title_terms'): Promise<Frequencies> {
    const cached = frequencies.get(column)
    if (cached && Date.now() - cached.at < 60_000) return cached
    const [schema, name] = table.includes('.') ? table.split('.') : ['public', table]
    const rows = await run({
      text: `SELECT most_common_elems::text::text[] AS terms, most_common_elem_freqs AS freqs
             FROM pg_stats WHERE schemaname = $1 AND tablename = $2 AND attname = $3`,
      values: [schema, name, column],
    })
    const terms = (rows[0]?.terms ?? []) as string[]
    const freqs = ((rows[0]?.freqs ?? []) as Array<number | string>).map(Number)
    // After the per-term figures come the smallest and largest of them, then the null share.
    const fresh = { at: Date.now(), byTerm: new Map(terms.map((term, index) => [term, freqs[index]!])), floor: terms.length ? freqs[terms.length]! : 0 }
    frequencies.set(column, fresh)
    return fresh
  }

  /**
   * How many of the newest rows to read for a page, or null to go straight to the GIN index.
   * A query matches at most as often as its rarest term; terms missing from the statistics
   * are rarer than all that are there. This assumes matches are spread over time, which
   * a date's are not.
   */
  async function windowFor(run: SqlExecutor, query: ParsedQuery, tier: 0 | 1, needed: number): Promise<number | null> {
    // A date's rows sit together in time, not spread over it: the newest rows say nothing of them.
    if (query.include.some(isDateToken)) return null
    const share = await estimatedShare(run, query, tier === 0 ? 'title_terms' : 'terms')
    if (!(share > 0)) return null
    const window = Math.ceil((needed * 3) / share)
    return window <= MAX_WINDOW ? window : null
  }

  /** At most the share of rows holding the query's rarest term (0 when unknown). */
  async function estimatedShare(run: SqlExecutor, query: ParsedQuery, column: 'terms' | 'title_terms'): Promise<number> {
    const { byTerm, floor } = await termFrequencies(run, column)
    const terms = termsOf(query.include)
    return Math.min(...terms.map((term) => byTerm.get(term) ?? floor / 2))
  }

  /**
   * Matches per type, stopping at COUNT_CAP + 1. With `sample`, only that many rows are read
   * in storage order and checked by their text: for a common word that reaches the cap sooner
   * than the GIN index can build its bitmap of every match.
   */
  function cappedCount(query: ParsedQuery, filters: SearchFilters, withType: boolean, sample: number | null = null): SqlQuery {
    const sql = new SqlBuilder()
    const where = matchSql(sql, query, filters, withType, sample !== null)
    const source = sample !== null ? `(SELECT * FROM ${table} LIMIT ${sql.param(sample)}) sample` : table
    return sql.build(`SELECT doc_type, count(*)::int AS n FROM (SELECT doc_type FROM ${source} WHERE ${where} LIMIT ${COUNT_CAP + 1}) hits GROUP BY doc_type`)
  }

  /** Counts from a sample when the statistics say the cap is likely within MAX_SAMPLE rows; else null. */
  async function sampledCount(run: SqlExecutor, query: ParsedQuery, filters: SearchFilters, withType: boolean) {
    const share = await estimatedShare(run, query, 'terms')
    const sample = share > 0 ? Math.ceil(((COUNT_CAP + 1) * 2) / share) : Infinity
    if (sample > MAX_SAMPLE) return null
    const rows = await run(cappedCount(query, filters, withType, sample))
    return rows.reduce((sum, row) => sum + Number(row.n), 0) > COUNT_CAP ? rows : null
  }

  return {
    table,

    /**
     * One page of hits: title hits first, then the rest, newest first within each. `many`
     * says the query matched more than COUNT_CAP rows (from counts()): only then can reading
     * the newest rows beat the index.
     */
    async page(run: SqlExecutor, query: ParsedQuery, filters: SearchFilters, limit: number, after: SearchCursor | null, many = true) {
      const wanted = limit + 1
      const hits: SearchHit[] = []
      for (const tier of [0, 1] as const) {
        if (after && tier < after.tier) continue
        const from = after?.tier === tier ? after : null
        const needed = wanted - hits.length
        const window = many ? await windowFor(run, query, tier, needed) : null
        let rows = window ? await run(tierQuery(query, filters, tier, from, needed, window)) : []
        if (window && rows.length > 0 && rows.length < needed) {
          // Fewer than the statistics promised (a phrase, several words): widen by what was seen.
          const wider = Math.ceil((needed * 2 * window) / rows.length)
          if (wider <= MAX_WINDOW * 4) rows = await run(tierQuery(query, filters, tier, from, needed, wider))
        }
        if (rows.length < needed) rows = await run(tierQuery(query, filters, tier, from, needed, null))
        hits.push(...rows.map((row) => toHit(row, tier)))
        if (hits.length >= wanted) break
      }
      const items = hits.slice(0, limit)
      const last = items.at(-1)
      const next: SearchCursor | null = hits.length > limit && last ? { tier: last.tier, sortAt: last.sortAt, id: last.id } : null
      return { items, next }
    },

    /** Matches per type (ignoring the type filter, so every tab can show its figure), up to COUNT_CAP. */
    async counts(run: SqlExecutor, query: ParsedQuery, filters: SearchFilters): Promise<SearchCounts> {
      const rows = (await sampledCount(run, query, filters, false)) ?? (await run(cappedCount(query, filters, false)))
      const byType: Partial<Record<SearchType, number>> = {}
      for (const row of rows) byType[row.doc_type as SearchType] = Number(row.n)
      const all = Object.values(byType).reduce((sum, n) => sum + n, 0)
      let total = filters.type ? (byType[filters.type] ?? 0) : all
      let capped = all > COUNT_CAP
      if (filters.type && capped) {
        const typed = (await sampledCount(run, query, filters, true)) ?? (await run(cappedCount(query, filters, true)))
        total = typed.reduce((sum, row) => sum + Number(row.n), 0)
        capped = total > COUNT_CAP
      }
      return { byType, total: Math.min(total, COUNT_CAP), capped }
    },

    /** Every matching row id, for checking recall against a full scan (benchmarks and tests). */
    async matchingIds(run: SqlExecutor, query: ParsedQuery, filters: SearchFilters = {}): Promise<number[]> {
      const sql = new SqlBuilder()
      const rows = await run(sql.build(`SELECT id FROM ${table} WHERE ${matchSql(sql, query, filters)}`))
      return rows.map((row) => Number(row.id))
    },

    /** Titles sharing the most pairs with the words: something to try when nothing matched. */
    async relatedTitles(run: SqlExecutor, words: string[], limit = 5): Promise<string[]> {
      const pairs = termsOf(words).filter((term) => [...term].length === 2)
      if (!pairs.length) return []
      const sql = new SqlBuilder()
      const wanted = sql.param(pairs)
      const rows = await run(
        sql.build(
          `SELECT title FROM (
             SELECT title, (SELECT count(*) FROM unnest(${wanted}::text[]) pair WHERE pair = ANY (terms)) AS score
             FROM (SELECT title, terms FROM ${table} WHERE terms && ${wanted}::text[] LIMIT 500) candidates
           ) scored WHERE score >= ${sql.param(Math.ceil(pairs.length / 2))}
           GROUP BY title ORDER BY max(score) DESC, title LIMIT ${sql.param(limit)}`,
        ),
      )
      return rows.map((row) => String(row.title))
    },

    async upsert(run: SqlExecutor, row: SearchRow): Promise<void> {
      const sql = new SqlBuilder()
      const values = [
        row.docType,
        row.docId,
        row.title,
        row.excerptSource,
        row.url,
        row.shownOn,
        row.fiscalYear,
        row.sortAt,
        row.councilIds,
        row.districtIds,
        row.titleNorm,
        row.titleTerms,
        row.haystack,
        row.terms,
      ].map((value) => sql.param(value))
      await run(
        sql.build(
          `INSERT INTO ${table} (doc_type, doc_id, title, excerpt_source, url, shown_on, fiscal_year, sort_at,
             council_ids, district_ids, title_norm, title_terms, haystack, terms)
           VALUES (${values.join(', ')})
           ON CONFLICT (doc_type, doc_id) DO UPDATE SET
             title = EXCLUDED.title, excerpt_source = EXCLUDED.excerpt_source, url = EXCLUDED.url,
             shown_on = EXCLUDED.shown_on, fiscal_year = EXCLUDED.fiscal_year, sort_at = EXCLUDED.sort_at,
             council_ids = EXCLUDED.council_ids, district_ids = EXCLUDED.district_ids,
             title_norm = EXCLUDED.title_norm, title_terms = EXCLUDED.title_terms, haystack = EXCLUDED.haystack, terms = EXCLUDED.terms,
             indexed_at = now()`,
        ),
      )
    },

    /** Many rows in one statement (reindexing, benchmarks): arrays travel as space/comma-joined text. */
    async insertMany(run: SqlExecutor, rows: SearchRow[]): Promise<void> {
      if (!rows.length) return
      const sql = new SqlBuilder()
      const column = <T>(pick: (row: SearchRow) => T) => sql.param(rows.map(pick))
      await run(
        sql.build(
          `INSERT INTO ${table} (doc_type, doc_id, title, excerpt_source, url, shown_on, fiscal_year, sort_at,
             council_ids, district_ids, title_norm, title_terms, haystack, terms)
           SELECT doc_type, doc_id, title, excerpt_source, url, shown_on, fiscal_year, sort_at,
             string_to_array(council_ids, ',')::int[], string_to_array(district_ids, ',')::int[],
             title_norm, string_to_array(title_terms, ' '), haystack, string_to_array(terms, ' ')
           FROM unnest(${column((r) => r.docType)}::text[], ${column((r) => r.docId)}::int[], ${column((r) => r.title)}::text[],
             ${column((r) => r.excerptSource)}::text[], ${column((r) => r.url)}::text[], ${column((r) => r.shownOn)}::text[],
             ${column((r) => r.fiscalYear)}::int[], ${column((r) => r.sortAt.toISOString())}::timestamptz[],
             ${column((r) => r.councilIds.join(','))}::text[], ${column((r) => r.districtIds.join(','))}::text[],
             ${column((r) => r.titleNorm)}::text[], ${column((r) => r.titleTerms.join(' '))}::text[], ${column((r) => r.haystack)}::text[], ${column((r) => r.terms.join(' '))}::text[])
           AS incoming(doc_type, doc_id, title, excerpt_source, url, shown_on, fiscal_year, sort_at,
             council_ids, district_ids, title_norm, title_terms, haystack, terms)`,
        ),
      )
    },

    async remove(run: SqlExecutor, type: SearchType, docId: number): Promise<void> {
      const sql = new SqlBuilder()
      await run(sql.build(`DELETE FROM ${table} WHERE doc_type = ${sql.param(type)} AND doc_id = ${sql.param(docId)}`))
    },

    /** Rows that mention a council or a district, to refresh when its name changes. */
    async referencing(run: SqlExecutor, ref: { councilId?: number; districtId?: number }) {
      const sql = new SqlBuilder()
      const where =
        ref.councilId !== undefined ? `council_ids @> ARRAY[${sql.param(ref.councilId)}::int]` : `district_ids @> ARRAY[${sql.param(ref.districtId)}::int]`
      const rows = await run(sql.build(`SELECT doc_type, doc_id FROM ${table} WHERE ${where}`))
      return rows.map((row) => ({ type: row.doc_type as SearchType, docId: Number(row.doc_id) }))
    },

    /**
     * Whether the index must be rebuilt: a row written in an older normal form (without
     * NORMAL_FORM_TERM), or before dates were indexed (a dated row without the term of its own
     * month, see dates.ts). Stops at the first such row.
     */
    async needsRebuild(run: SqlExecutor): Promise<boolean> {
      const rows = await run({
        // shown_on is a day (2026-02-16) or a month (2025-08): its first seven characters are the month.
        text: `SELECT 1 FROM ${table}
               WHERE NOT (terms @> ARRAY[$1::text])
                  OR (shown_on IS NOT NULL AND NOT (terms @> ARRAY['m' || replace(left(shown_on, 7), '-', '')]))
               LIMIT 1`,
        values: [NORMAL_FORM_TERM],
      })
      return rows.length > 0
    },

    async size(run: SqlExecutor): Promise<number> {
      const rows = await run({ text: `SELECT count(*)::int AS n FROM ${table}`, values: [] })
      return Number(rows[0]?.n ?? 0)
    },

    async clear(run: SqlExecutor): Promise<void> {
      await run({ text: `DELETE FROM ${table}`, values: [] })
    },
  }
}

export type SearchStore = ReturnType<typeof searchStore>
