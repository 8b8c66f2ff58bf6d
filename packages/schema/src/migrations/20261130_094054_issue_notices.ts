import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** Standing notices belong to an issue: its own wording of the request box, and whether it carries the layers explainer. */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "newsletter_second_layer_functions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  ALTER TABLE "issues" ADD COLUMN "request_box" jsonb;
  ALTER TABLE "issues" ADD COLUMN "show_layers" boolean DEFAULT false;
  ALTER TABLE "_issues_v" ADD COLUMN "version_request_box" jsonb;
  ALTER TABLE "_issues_v" ADD COLUMN "version_show_layers" boolean DEFAULT false;
  ALTER TABLE "newsletter_second_layer_functions" ADD CONSTRAINT "newsletter_second_layer_functions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."newsletter"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "newsletter_second_layer_functions_order_idx" ON "newsletter_second_layer_functions" USING btree ("_order");
  CREATE INDEX "newsletter_second_layer_functions_parent_id_idx" ON "newsletter_second_layer_functions" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "newsletter_second_layer_functions" CASCADE;
  ALTER TABLE "issues" DROP COLUMN "request_box";
  ALTER TABLE "issues" DROP COLUMN "show_layers";
  ALTER TABLE "_issues_v" DROP COLUMN "version_request_box";
  ALTER TABLE "_issues_v" DROP COLUMN "version_show_layers";`)
}
