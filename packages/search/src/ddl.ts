import { checkedIdentifier } from './sql.ts'

/**
 * The search table and its indexes. The benchmark builds its own copy from this; the
 * committed migration holds the same statements (an integration test compares the two).
 */
export function searchTableDdl(tableName: string): string[] {
  const table = checkedIdentifier(tableName)
  const base = table.split('.').at(-1)!
  return [
    `CREATE TABLE ${table} (
      id bigserial PRIMARY KEY,
      doc_type text NOT NULL,
      doc_id integer NOT NULL,
      title text NOT NULL,
      excerpt_source text NOT NULL,
      url text NOT NULL,
      shown_on varchar(10), -- a day (2026-02-16) or a month (2025-08)
      fiscal_year integer,
      sort_at timestamptz NOT NULL,
      council_ids integer[] NOT NULL DEFAULT '{}',
      district_ids integer[] NOT NULL DEFAULT '{}',
      title_norm text NOT NULL,
      title_terms text[] NOT NULL,
      haystack text NOT NULL,
      terms text[] NOT NULL,
      indexed_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT ${base}_doc UNIQUE (doc_type, doc_id)
    )`,
    // fastupdate off: a write costs a little more, but no query pays for a pending list.
    `CREATE INDEX ${base}_terms ON ${table} USING gin (terms) WITH (fastupdate = off)`,
    `CREATE INDEX ${base}_title_terms ON ${table} USING gin (title_terms) WITH (fastupdate = off)`,
    // A longer list of common terms in pg_stats, which the store reads to plan a page.
    `ALTER TABLE ${table} ALTER COLUMN terms SET STATISTICS 1000`,
    `CREATE INDEX ${base}_recent ON ${table} (sort_at DESC, id DESC)`,
    `CREATE INDEX ${base}_councils ON ${table} USING gin (council_ids)`,
    `CREATE INDEX ${base}_districts ON ${table} USING gin (district_ids)`,
  ]
}
