import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Dates the newsletter gives by day or by month become calendar-date text (2026-02-16, 2025-08)
 * instead of instants: an instant cannot say "August" without inventing a 1st. Existing values
 * keep their day as Japan sees it; the search index shows them the same way. Adds the event-report article kind and a visit's staff count.
 */
const DATE_COLUMNS: [table: string, column: string][] = [
  ['issues', 'issued_on'],
  ['_issues_v', 'version_issued_on'],
  ['articles', 'visit_visited_on'],
  ['_articles_v', 'version_visit_visited_on'],
  ['activities', 'started_on'],
  ['_activities_v', 'version_started_on'],
  ['events_sessions', 'date'],
  ['_events_v_version_sessions', 'date'],
  ['meetings', 'held_on'],
  ['_meetings_v', 'version_held_on'],
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TYPE "public"."enum_articles_kind" ADD VALUE 'event-report' BEFORE 'meeting-summary';
  ALTER TYPE "public"."enum__articles_v_version_kind" ADD VALUE 'event-report' BEFORE 'meeting-summary';
  ALTER TABLE "articles" ADD COLUMN "visit_staff_count" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_visit_staff_count" numeric;
  ALTER TABLE "search_entries" ALTER COLUMN "shown_on" SET DATA TYPE varchar(10) USING to_char("shown_on", 'YYYY-MM-DD');`)
  for (const [table, column] of DATE_COLUMNS) {
    await db.execute(
      sql.raw(`ALTER TABLE "${table}" ALTER COLUMN "${column}" SET DATA TYPE varchar USING to_char("${column}" AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD');`),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [table, column] of DATE_COLUMNS) {
    // A month becomes its 1st; a day becomes noon in Japan, as the date picker stores days.
    await db.execute(
      sql.raw(
        `ALTER TABLE "${table}" ALTER COLUMN "${column}" SET DATA TYPE timestamp(3) with time zone USING ((CASE WHEN "${column}" ~ '^\\d{4}-\\d{2}$' THEN "${column}" || '-01' ELSE "${column}" END) || 'T12:00:00+09:00')::timestamptz;`,
      ),
    )
  }
  await db.execute(sql`
  ALTER TABLE "search_entries" ALTER COLUMN "shown_on" SET DATA TYPE date USING (CASE WHEN "shown_on" ~ '^\\d{4}-\\d{2}$' THEN "shown_on" || '-01' ELSE "shown_on" END)::date;
  UPDATE "articles" SET "kind" = 'notice' WHERE "kind" = 'event-report';
  UPDATE "_articles_v" SET "version_kind" = 'notice' WHERE "version_kind" = 'event-report';
  ALTER TABLE "articles" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_articles_kind";
  CREATE TYPE "public"."enum_articles_kind" AS ENUM('activity-report', 'council-story', 'visit', 'event-announcement', 'meeting-summary', 'notice');
  ALTER TABLE "articles" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_articles_kind" USING "kind"::"public"."enum_articles_kind";
  ALTER TABLE "_articles_v" ALTER COLUMN "version_kind" SET DATA TYPE text;
  DROP TYPE "public"."enum__articles_v_version_kind";
  CREATE TYPE "public"."enum__articles_v_version_kind" AS ENUM('activity-report', 'council-story', 'visit', 'event-announcement', 'meeting-summary', 'notice');
  ALTER TABLE "_articles_v" ALTER COLUMN "version_kind" SET DATA TYPE "public"."enum__articles_v_version_kind" USING "version_kind"::"public"."enum__articles_v_version_kind";
  ALTER TABLE "articles" DROP COLUMN "visit_staff_count";
  ALTER TABLE "_articles_v" DROP COLUMN "version_visit_staff_count";`)
}
