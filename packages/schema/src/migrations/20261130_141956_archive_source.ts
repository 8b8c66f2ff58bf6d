import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "issues_archive_pages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"ocr" boolean,
  	"confidence" numeric,
  	"needs_review" boolean,
  	"thumbnail_id" integer,
  	"text" varchar
  );
  
  CREATE TABLE "_issues_v_version_archive_pages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"ocr" boolean,
  	"confidence" numeric,
  	"needs_review" boolean,
  	"thumbnail_id" integer,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "issues" ADD COLUMN "archive_imported_at" timestamp(3) with time zone;
  ALTER TABLE "issues" ADD COLUMN "archive_source_name" varchar;
  ALTER TABLE "issues" ADD COLUMN "archive_source_hash" varchar;
  ALTER TABLE "_issues_v" ADD COLUMN "version_archive_imported_at" timestamp(3) with time zone;
  ALTER TABLE "_issues_v" ADD COLUMN "version_archive_source_name" varchar;
  ALTER TABLE "_issues_v" ADD COLUMN "version_archive_source_hash" varchar;
  ALTER TABLE "articles" ADD COLUMN "source_page" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_source_page" numeric;
  ALTER TABLE "issues_archive_pages" ADD CONSTRAINT "issues_archive_pages_thumbnail_id_media_id_fk" FOREIGN KEY ("thumbnail_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issues_archive_pages" ADD CONSTRAINT "issues_archive_pages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_issues_v_version_archive_pages" ADD CONSTRAINT "_issues_v_version_archive_pages_thumbnail_id_media_id_fk" FOREIGN KEY ("thumbnail_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v_version_archive_pages" ADD CONSTRAINT "_issues_v_version_archive_pages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "issues_archive_pages_order_idx" ON "issues_archive_pages" USING btree ("_order");
  CREATE INDEX "issues_archive_pages_parent_id_idx" ON "issues_archive_pages" USING btree ("_parent_id");
  CREATE INDEX "issues_archive_pages_thumbnail_idx" ON "issues_archive_pages" USING btree ("thumbnail_id");
  CREATE INDEX "_issues_v_version_archive_pages_order_idx" ON "_issues_v_version_archive_pages" USING btree ("_order");
  CREATE INDEX "_issues_v_version_archive_pages_parent_id_idx" ON "_issues_v_version_archive_pages" USING btree ("_parent_id");
  CREATE INDEX "_issues_v_version_archive_pages_thumbnail_idx" ON "_issues_v_version_archive_pages" USING btree ("thumbnail_id");
  CREATE UNIQUE INDEX "issues_archive_archive_source_hash_idx" ON "issues" USING btree ("archive_source_hash");
  CREATE INDEX "_issues_v_version_archive_version_archive_source_hash_idx" ON "_issues_v" USING btree ("version_archive_source_hash");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "issues_archive_pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_issues_v_version_archive_pages" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "issues_archive_pages" CASCADE;
  DROP TABLE "_issues_v_version_archive_pages" CASCADE;
  DROP INDEX "issues_archive_archive_source_hash_idx";
  DROP INDEX "_issues_v_version_archive_version_archive_source_hash_idx";
  ALTER TABLE "issues" DROP COLUMN "archive_imported_at";
  ALTER TABLE "issues" DROP COLUMN "archive_source_name";
  ALTER TABLE "issues" DROP COLUMN "archive_source_hash";
  ALTER TABLE "_issues_v" DROP COLUMN "version_archive_imported_at";
  ALTER TABLE "_issues_v" DROP COLUMN "version_archive_source_name";
  ALTER TABLE "_issues_v" DROP COLUMN "version_archive_source_hash";
  ALTER TABLE "articles" DROP COLUMN "source_page";
  ALTER TABLE "_articles_v" DROP COLUMN "version_source_page";`)
}
