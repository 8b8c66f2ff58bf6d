import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The search index lives beside Payload's tables, not in its schema: Payload hooks keep it
// current (see ../search). Same statements as searchTableDdl() in @oneheart/search.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE search_entries (
    id bigserial PRIMARY KEY,
    doc_type text NOT NULL,
    doc_id integer NOT NULL,
    title text NOT NULL,
    excerpt_source text NOT NULL,
    url text NOT NULL,
    shown_on date,
    fiscal_year integer,
    sort_at timestamptz NOT NULL,
    council_ids integer[] NOT NULL DEFAULT '{}',
    district_ids integer[] NOT NULL DEFAULT '{}',
    title_norm text NOT NULL,
    title_terms text[] NOT NULL,
    haystack text NOT NULL,
    terms text[] NOT NULL,
    indexed_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT search_entries_doc UNIQUE (doc_type, doc_id)
  );
  CREATE INDEX search_entries_terms ON search_entries USING gin (terms) WITH (fastupdate = off);
  CREATE INDEX search_entries_title_terms ON search_entries USING gin (title_terms) WITH (fastupdate = off);
  ALTER TABLE search_entries ALTER COLUMN terms SET STATISTICS 1000;
  CREATE INDEX search_entries_recent ON search_entries (sort_at DESC, id DESC);
  CREATE INDEX search_entries_councils ON search_entries USING gin (council_ids);
  CREATE INDEX search_entries_districts ON search_entries USING gin (district_ids);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE search_entries;`)
}
