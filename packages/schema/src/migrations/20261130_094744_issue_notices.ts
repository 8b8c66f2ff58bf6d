import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** Standing notices belong to an issue (its own wording of the request box, whether it carries the layers explainer); the footer names the phone's section and the city page. */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "newsletter_second_layer_functions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  ALTER TABLE "newsletter" ALTER COLUMN "publisher_name" SET DEFAULT '高崎市 生活支援コーディネーター（第1層）';
  ALTER TABLE "issues" ADD COLUMN "request_box" jsonb;
  ALTER TABLE "issues" ADD COLUMN "show_layers" boolean DEFAULT false;
  ALTER TABLE "_issues_v" ADD COLUMN "version_request_box" jsonb;
  ALTER TABLE "_issues_v" ADD COLUMN "version_show_layers" boolean DEFAULT false;
  ALTER TABLE "newsletter" ADD COLUMN "publisher_department" varchar;
  ALTER TABLE "newsletter" ADD COLUMN "publisher_city_page_title" varchar;
  ALTER TABLE "newsletter_second_layer_functions" ADD CONSTRAINT "newsletter_second_layer_functions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."newsletter"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "newsletter_second_layer_functions_order_idx" ON "newsletter_second_layer_functions" USING btree ("_order");
  CREATE INDEX "newsletter_second_layer_functions_parent_id_idx" ON "newsletter_second_layer_functions" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "newsletter_second_layer_functions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "newsletter_second_layer_functions" CASCADE;
  ALTER TABLE "newsletter" ALTER COLUMN "publisher_name" SET DEFAULT '高崎市 長寿社会課';
  ALTER TABLE "issues" DROP COLUMN "request_box";
  ALTER TABLE "issues" DROP COLUMN "show_layers";
  ALTER TABLE "_issues_v" DROP COLUMN "version_request_box";
  ALTER TABLE "_issues_v" DROP COLUMN "version_show_layers";
  ALTER TABLE "newsletter" DROP COLUMN "publisher_department";
  ALTER TABLE "newsletter" DROP COLUMN "publisher_city_page_title";`)
}
