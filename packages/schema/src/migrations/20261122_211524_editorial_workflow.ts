import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_review_state" AS ENUM('writing', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__articles_v_version_review_state" AS ENUM('writing', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_activities_review_state" AS ENUM('writing', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__activities_v_version_review_state" AS ENUM('writing', 'submitted', 'returned', 'approved');
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'contributor';
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"councils_id" integer
  );
  
  ALTER TABLE "articles" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "review_state" "enum_articles_review_state" DEFAULT 'writing';
  ALTER TABLE "articles" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "articles" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_state" "enum__articles_v_version_review_state" DEFAULT 'writing';
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "activities" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "activities" ADD COLUMN "review_state" "enum_activities_review_state" DEFAULT 'writing';
  ALTER TABLE "activities" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "activities" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_activities_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "_activities_v" ADD COLUMN "version_review_state" "enum__activities_v_version_review_state" DEFAULT 'writing';
  ALTER TABLE "_activities_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_activities_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_councils_fk" FOREIGN KEY ("councils_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_councils_id_idx" ON "users_rels" USING btree ("councils_id");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_created_by_idx" ON "articles" USING btree ("created_by_id");
  CREATE INDEX "_articles_v_version_version_created_by_idx" ON "_articles_v" USING btree ("version_created_by_id");
  CREATE INDEX "activities_created_by_idx" ON "activities" USING btree ("created_by_id");
  CREATE INDEX "_activities_v_version_version_created_by_idx" ON "_activities_v" USING btree ("version_created_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_rels" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_created_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "activities" DROP CONSTRAINT "activities_created_by_id_users_id_fk";
  
  ALTER TABLE "_activities_v" DROP CONSTRAINT "_activities_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  DROP INDEX "articles_created_by_idx";
  DROP INDEX "_articles_v_version_version_created_by_idx";
  DROP INDEX "activities_created_by_idx";
  DROP INDEX "_activities_v_version_version_created_by_idx";
  ALTER TABLE "articles" DROP COLUMN "created_by_id";
  ALTER TABLE "articles" DROP COLUMN "review_state";
  ALTER TABLE "articles" DROP COLUMN "review_comment";
  ALTER TABLE "articles" DROP COLUMN "review_submitted_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "activities" DROP COLUMN "created_by_id";
  ALTER TABLE "activities" DROP COLUMN "review_state";
  ALTER TABLE "activities" DROP COLUMN "review_comment";
  ALTER TABLE "activities" DROP COLUMN "review_submitted_at";
  ALTER TABLE "_activities_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "_activities_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_activities_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_activities_v" DROP COLUMN "version_review_submitted_at";
  DROP TYPE "public"."enum_articles_review_state";
  DROP TYPE "public"."enum__articles_v_version_review_state";
  DROP TYPE "public"."enum_activities_review_state";
  DROP TYPE "public"."enum__activities_v_version_review_state";`)
}
