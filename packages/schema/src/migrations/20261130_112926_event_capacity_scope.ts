import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_capacity_scope" AS ENUM('per-council', 'total');
  CREATE TYPE "public"."enum__events_v_version_capacity_scope" AS ENUM('per-council', 'total');
  ALTER TABLE "events" RENAME COLUMN "capacity_per_council" TO "capacity";
  ALTER TABLE "_events_v" RENAME COLUMN "version_capacity_per_council" TO "version_capacity";
  ALTER TABLE "events" ADD COLUMN "capacity_scope" "enum_events_capacity_scope" DEFAULT 'total';
  ALTER TABLE "_events_v" ADD COLUMN "version_capacity_scope" "enum__events_v_version_capacity_scope" DEFAULT 'total';`)
  // Every capacity so far was counted per council (the only kind the old field knew).
  await db.execute(sql`
   UPDATE "events" SET "capacity_scope" = 'per-council' WHERE "capacity" IS NOT NULL;
  UPDATE "_events_v" SET "version_capacity_scope" = 'per-council' WHERE "version_capacity" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The old field counted per council only: a total capacity has no place there and is dropped.
  await db.execute(sql`
   UPDATE "events" SET "capacity" = NULL WHERE "capacity_scope" = 'total';
  UPDATE "_events_v" SET "version_capacity" = NULL WHERE "version_capacity_scope" = 'total';`)
  await db.execute(sql`
   ALTER TABLE "events" RENAME COLUMN "capacity" TO "capacity_per_council";
  ALTER TABLE "_events_v" RENAME COLUMN "version_capacity" TO "version_capacity_per_council";
  ALTER TABLE "events" DROP COLUMN "capacity_scope";
  ALTER TABLE "_events_v" DROP COLUMN "version_capacity_scope";
  DROP TYPE "public"."enum_events_capacity_scope";
  DROP TYPE "public"."enum__events_v_version_capacity_scope";`)
}
