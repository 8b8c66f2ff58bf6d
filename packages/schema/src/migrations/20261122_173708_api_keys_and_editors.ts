import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_api_keys_scopes" AS ENUM('read:drafts', 'write');
  CREATE TABLE "api_keys_scopes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_api_keys_scopes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "api_keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"owner_id" integer NOT NULL,
  	"revoked_at" timestamp(3) with time zone,
  	"salt" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "issues" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "issues" ADD COLUMN "last_edited_via" varchar;
  ALTER TABLE "_issues_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_issues_v" ADD COLUMN "version_last_edited_via" varchar;
  ALTER TABLE "articles" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "last_edited_via" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_last_edited_via" varchar;
  ALTER TABLE "activities" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "activities" ADD COLUMN "last_edited_via" varchar;
  ALTER TABLE "_activities_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_activities_v" ADD COLUMN "version_last_edited_via" varchar;
  ALTER TABLE "events" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "last_edited_via" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_last_edited_via" varchar;
  ALTER TABLE "meetings" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "meetings" ADD COLUMN "last_edited_via" varchar;
  ALTER TABLE "_meetings_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_meetings_v" ADD COLUMN "version_last_edited_via" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "api_keys_id" integer;
  ALTER TABLE "api_keys_scopes" ADD CONSTRAINT "api_keys_scopes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "api_keys_scopes_order_idx" ON "api_keys_scopes" USING btree ("order");
  CREATE INDEX "api_keys_scopes_parent_idx" ON "api_keys_scopes" USING btree ("parent_id");
  CREATE INDEX "api_keys_owner_idx" ON "api_keys" USING btree ("owner_id");
  CREATE INDEX "api_keys_updated_at_idx" ON "api_keys" USING btree ("updated_at");
  CREATE INDEX "api_keys_created_at_idx" ON "api_keys" USING btree ("created_at");
  ALTER TABLE "issues" ADD CONSTRAINT "issues_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_issues_v" ADD CONSTRAINT "_issues_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_meetings_v" ADD CONSTRAINT "_meetings_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_keys_fk" FOREIGN KEY ("api_keys_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "issues_last_edited_by_idx" ON "issues" USING btree ("last_edited_by_id");
  CREATE INDEX "_issues_v_version_version_last_edited_by_idx" ON "_issues_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "articles_last_edited_by_idx" ON "articles" USING btree ("last_edited_by_id");
  CREATE INDEX "_articles_v_version_version_last_edited_by_idx" ON "_articles_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "activities_last_edited_by_idx" ON "activities" USING btree ("last_edited_by_id");
  CREATE INDEX "_activities_v_version_version_last_edited_by_idx" ON "_activities_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "events_last_edited_by_idx" ON "events" USING btree ("last_edited_by_id");
  CREATE INDEX "_events_v_version_version_last_edited_by_idx" ON "_events_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "meetings_last_edited_by_idx" ON "meetings" USING btree ("last_edited_by_id");
  CREATE INDEX "_meetings_v_version_version_last_edited_by_idx" ON "_meetings_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "payload_locked_documents_rels_api_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("api_keys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "api_keys_scopes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "api_keys" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "api_keys_scopes" CASCADE;
  DROP TABLE "api_keys" CASCADE;
  ALTER TABLE "issues" DROP CONSTRAINT "issues_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_issues_v" DROP CONSTRAINT "_issues_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "activities" DROP CONSTRAINT "activities_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_activities_v" DROP CONSTRAINT "_activities_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "meetings" DROP CONSTRAINT "meetings_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_meetings_v" DROP CONSTRAINT "_meetings_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_api_keys_fk";
  
  DROP INDEX "issues_last_edited_by_idx";
  DROP INDEX "_issues_v_version_version_last_edited_by_idx";
  DROP INDEX "articles_last_edited_by_idx";
  DROP INDEX "_articles_v_version_version_last_edited_by_idx";
  DROP INDEX "activities_last_edited_by_idx";
  DROP INDEX "_activities_v_version_version_last_edited_by_idx";
  DROP INDEX "events_last_edited_by_idx";
  DROP INDEX "_events_v_version_version_last_edited_by_idx";
  DROP INDEX "meetings_last_edited_by_idx";
  DROP INDEX "_meetings_v_version_version_last_edited_by_idx";
  DROP INDEX "payload_locked_documents_rels_api_keys_id_idx";
  ALTER TABLE "issues" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "issues" DROP COLUMN "last_edited_via";
  ALTER TABLE "_issues_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_issues_v" DROP COLUMN "version_last_edited_via";
  ALTER TABLE "articles" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "articles" DROP COLUMN "last_edited_via";
  ALTER TABLE "_articles_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_last_edited_via";
  ALTER TABLE "activities" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "activities" DROP COLUMN "last_edited_via";
  ALTER TABLE "_activities_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_activities_v" DROP COLUMN "version_last_edited_via";
  ALTER TABLE "events" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "events" DROP COLUMN "last_edited_via";
  ALTER TABLE "_events_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_last_edited_via";
  ALTER TABLE "meetings" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "meetings" DROP COLUMN "last_edited_via";
  ALTER TABLE "_meetings_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_meetings_v" DROP COLUMN "version_last_edited_via";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "api_keys_id";
  DROP TYPE "public"."enum_api_keys_scopes";`)
}
