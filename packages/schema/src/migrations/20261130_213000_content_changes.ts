import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Every table a public read can show. A write to any of them, from any process (the CMS, an
// import, a restore, plain SQL), tells every listening instance after it commits that its cached
// public reads are old (see contentChanges.ts in @oneheart/db). Drafts live in the _v tables and
// change nothing public until they are published.
const PUBLIC_TABLES = [
  'issues',
  'issues_archive_pages',
  'articles',
  'articles_blocks_box',
  'articles_blocks_figure',
  'articles_blocks_part',
  'articles_blocks_quote',
  'articles_blocks_steps',
  'articles_blocks_steps_steps',
  'articles_blocks_table',
  'articles_blocks_text',
  'articles_photos',
  'articles_rels',
  'activities',
  'activities_schedule_weekdays',
  'events',
  'events_rels',
  'events_sessions',
  'meetings',
  'meetings_items',
  'councils',
  'districts',
  'media',
  'newsletter',
  'newsletter_second_layer_functions',
  'removals',
  'search_entries',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE OR REPLACE FUNCTION oneheart_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('oneheart_content', '');
    RETURN NULL;
  END
  $$;
  `)
  for (const table of PUBLIC_TABLES) {
    await db.execute(
      sql.raw(
        `CREATE TRIGGER oneheart_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION oneheart_content_changed()`,
      ),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of PUBLIC_TABLES) await db.execute(sql.raw(`DROP TRIGGER IF EXISTS oneheart_content_changed ON "${table}"`))
  await db.execute(sql`DROP FUNCTION IF EXISTS oneheart_content_changed()`)
}
