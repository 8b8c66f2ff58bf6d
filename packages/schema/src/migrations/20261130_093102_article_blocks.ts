import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * An article's body becomes an ordered list of blocks (labelled parts, text, step flows, boxes,
 * figures, quotes, tables), as stories are laid out on paper. Existing parts and bodies are
 * copied into blocks, in their printed order, for every article and every saved version.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_blocks_part_label" AS ENUM('purpose', 'background', 'scene', 'nextSteps', 'impressions', 'other');
  CREATE TYPE "public"."enum_articles_blocks_box_tone" AS ENUM('survey', 'request', 'column', 'note');
  CREATE TYPE "public"."enum__articles_v_blocks_part_label" AS ENUM('purpose', 'background', 'scene', 'nextSteps', 'impressions', 'other');
  CREATE TYPE "public"."enum__articles_v_blocks_box_tone" AS ENUM('survey', 'request', 'column', 'note');
  CREATE TABLE "articles_blocks_part" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" "enum_articles_blocks_part_label" DEFAULT 'purpose',
  	"custom_label" varchar,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_steps_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"detail" varchar
  );
  
  CREATE TABLE "articles_blocks_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_box" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"tone" "enum_articles_blocks_box_tone" DEFAULT 'note',
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_figure" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"alt" varchar,
  	"long_description" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"speaker" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_table" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"caption" varchar,
  	"data" varchar,
  	"has_header" boolean DEFAULT true,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_part" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" "enum__articles_v_blocks_part_label" DEFAULT 'purpose',
  	"custom_label" varchar,
  	"text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_steps_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_box" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"tone" "enum__articles_v_blocks_box_tone" DEFAULT 'note',
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_figure" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"alt" varchar,
  	"long_description" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"speaker" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_table" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"caption" varchar,
  	"data" varchar,
  	"has_header" boolean DEFAULT true,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  ALTER TABLE "articles_blocks_part" ADD CONSTRAINT "articles_blocks_part_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_text" ADD CONSTRAINT "articles_blocks_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_steps_steps" ADD CONSTRAINT "articles_blocks_steps_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_blocks_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_steps" ADD CONSTRAINT "articles_blocks_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_box" ADD CONSTRAINT "articles_blocks_box_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_figure" ADD CONSTRAINT "articles_blocks_figure_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_blocks_figure" ADD CONSTRAINT "articles_blocks_figure_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_quote" ADD CONSTRAINT "articles_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_table" ADD CONSTRAINT "articles_blocks_table_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_part" ADD CONSTRAINT "_articles_v_blocks_part_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_text" ADD CONSTRAINT "_articles_v_blocks_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_steps_steps" ADD CONSTRAINT "_articles_v_blocks_steps_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v_blocks_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_steps" ADD CONSTRAINT "_articles_v_blocks_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_box" ADD CONSTRAINT "_articles_v_blocks_box_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_figure" ADD CONSTRAINT "_articles_v_blocks_figure_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_figure" ADD CONSTRAINT "_articles_v_blocks_figure_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_quote" ADD CONSTRAINT "_articles_v_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_table" ADD CONSTRAINT "_articles_v_blocks_table_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_blocks_part_order_idx" ON "articles_blocks_part" USING btree ("_order");
  CREATE INDEX "articles_blocks_part_parent_id_idx" ON "articles_blocks_part" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_part_path_idx" ON "articles_blocks_part" USING btree ("_path");
  CREATE INDEX "articles_blocks_text_order_idx" ON "articles_blocks_text" USING btree ("_order");
  CREATE INDEX "articles_blocks_text_parent_id_idx" ON "articles_blocks_text" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_text_path_idx" ON "articles_blocks_text" USING btree ("_path");
  CREATE INDEX "articles_blocks_steps_steps_order_idx" ON "articles_blocks_steps_steps" USING btree ("_order");
  CREATE INDEX "articles_blocks_steps_steps_parent_id_idx" ON "articles_blocks_steps_steps" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_steps_order_idx" ON "articles_blocks_steps" USING btree ("_order");
  CREATE INDEX "articles_blocks_steps_parent_id_idx" ON "articles_blocks_steps" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_steps_path_idx" ON "articles_blocks_steps" USING btree ("_path");
  CREATE INDEX "articles_blocks_box_order_idx" ON "articles_blocks_box" USING btree ("_order");
  CREATE INDEX "articles_blocks_box_parent_id_idx" ON "articles_blocks_box" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_box_path_idx" ON "articles_blocks_box" USING btree ("_path");
  CREATE INDEX "articles_blocks_figure_order_idx" ON "articles_blocks_figure" USING btree ("_order");
  CREATE INDEX "articles_blocks_figure_parent_id_idx" ON "articles_blocks_figure" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_figure_path_idx" ON "articles_blocks_figure" USING btree ("_path");
  CREATE INDEX "articles_blocks_figure_image_idx" ON "articles_blocks_figure" USING btree ("image_id");
  CREATE INDEX "articles_blocks_quote_order_idx" ON "articles_blocks_quote" USING btree ("_order");
  CREATE INDEX "articles_blocks_quote_parent_id_idx" ON "articles_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_quote_path_idx" ON "articles_blocks_quote" USING btree ("_path");
  CREATE INDEX "articles_blocks_table_order_idx" ON "articles_blocks_table" USING btree ("_order");
  CREATE INDEX "articles_blocks_table_parent_id_idx" ON "articles_blocks_table" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_table_path_idx" ON "articles_blocks_table" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_part_order_idx" ON "_articles_v_blocks_part" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_part_parent_id_idx" ON "_articles_v_blocks_part" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_part_path_idx" ON "_articles_v_blocks_part" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_text_order_idx" ON "_articles_v_blocks_text" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_text_parent_id_idx" ON "_articles_v_blocks_text" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_text_path_idx" ON "_articles_v_blocks_text" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_steps_steps_order_idx" ON "_articles_v_blocks_steps_steps" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_steps_steps_parent_id_idx" ON "_articles_v_blocks_steps_steps" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_steps_order_idx" ON "_articles_v_blocks_steps" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_steps_parent_id_idx" ON "_articles_v_blocks_steps" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_steps_path_idx" ON "_articles_v_blocks_steps" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_box_order_idx" ON "_articles_v_blocks_box" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_box_parent_id_idx" ON "_articles_v_blocks_box" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_box_path_idx" ON "_articles_v_blocks_box" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_figure_order_idx" ON "_articles_v_blocks_figure" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_figure_parent_id_idx" ON "_articles_v_blocks_figure" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_figure_path_idx" ON "_articles_v_blocks_figure" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_figure_image_idx" ON "_articles_v_blocks_figure" USING btree ("image_id");
  CREATE INDEX "_articles_v_blocks_quote_order_idx" ON "_articles_v_blocks_quote" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_quote_parent_id_idx" ON "_articles_v_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_quote_path_idx" ON "_articles_v_blocks_quote" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_table_order_idx" ON "_articles_v_blocks_table" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_table_parent_id_idx" ON "_articles_v_blocks_table" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_table_path_idx" ON "_articles_v_blocks_table" USING btree ("_path");
  -- Existing labelled parts and bodies become blocks in the order they were printed: parts, then the body (a body with no words, as an emptied editor leaves it, becomes nothing).
  INSERT INTO "articles_blocks_part" ("_order", "_parent_id", "_path", "id", "label", "text")
    SELECT p.ord, a.id, 'blocks', substr(md5(random()::text || clock_timestamp()::text), 1, 24), p.label::"enum_articles_blocks_part_label", p.text
    FROM "articles" a
    CROSS JOIN LATERAL (
      SELECT row_number() OVER (ORDER BY v.pos) AS ord, v.label, v.text
      FROM (VALUES (1, 'purpose', a."parts_purpose"), (2, 'background', a."parts_background"), (3, 'scene', a."parts_scene"),
                   (4, 'nextSteps', a."parts_next_steps"), (5, 'impressions', a."parts_impressions")) AS v(pos, label, text)
      WHERE coalesce(v.text, '') <> ''
    ) p;
  INSERT INTO "articles_blocks_text" ("_order", "_parent_id", "_path", "id", "body")
    SELECT 1 + (coalesce(a."parts_purpose", '') <> '')::int + (coalesce(a."parts_background", '') <> '')::int + (coalesce(a."parts_scene", '') <> '')::int + (coalesce(a."parts_next_steps", '') <> '')::int + (coalesce(a."parts_impressions", '') <> '')::int, a.id, 'blocks', substr(md5(random()::text || clock_timestamp()::text), 1, 24), a."body"
    FROM "articles" a WHERE a."body"::text ~ '"text": ?"[^"]';
  INSERT INTO "_articles_v_blocks_part" ("_order", "_parent_id", "_path", "_uuid", "label", "text")
    SELECT p.ord, a.id, 'blocks', substr(md5(random()::text || clock_timestamp()::text), 1, 24), p.label::"enum__articles_v_blocks_part_label", p.text
    FROM "_articles_v" a
    CROSS JOIN LATERAL (
      SELECT row_number() OVER (ORDER BY v.pos) AS ord, v.label, v.text
      FROM (VALUES (1, 'purpose', a."version_parts_purpose"), (2, 'background', a."version_parts_background"), (3, 'scene', a."version_parts_scene"),
                   (4, 'nextSteps', a."version_parts_next_steps"), (5, 'impressions', a."version_parts_impressions")) AS v(pos, label, text)
      WHERE coalesce(v.text, '') <> ''
    ) p;
  INSERT INTO "_articles_v_blocks_text" ("_order", "_parent_id", "_path", "_uuid", "body")
    SELECT 1 + (coalesce(a."version_parts_purpose", '') <> '')::int + (coalesce(a."version_parts_background", '') <> '')::int + (coalesce(a."version_parts_scene", '') <> '')::int + (coalesce(a."version_parts_next_steps", '') <> '')::int + (coalesce(a."version_parts_impressions", '') <> '')::int, a.id, 'blocks', substr(md5(random()::text || clock_timestamp()::text), 1, 24), a."version_body"
    FROM "_articles_v" a WHERE a."version_body"::text ~ '"text": ?"[^"]';
  ALTER TABLE "articles" DROP COLUMN "parts_purpose";
  ALTER TABLE "articles" DROP COLUMN "parts_background";
  ALTER TABLE "articles" DROP COLUMN "parts_scene";
  ALTER TABLE "articles" DROP COLUMN "parts_next_steps";
  ALTER TABLE "articles" DROP COLUMN "parts_impressions";
  ALTER TABLE "articles" DROP COLUMN "body";
  ALTER TABLE "_articles_v" DROP COLUMN "version_parts_purpose";
  ALTER TABLE "_articles_v" DROP COLUMN "version_parts_background";
  ALTER TABLE "_articles_v" DROP COLUMN "version_parts_scene";
  ALTER TABLE "_articles_v" DROP COLUMN "version_parts_next_steps";
  ALTER TABLE "_articles_v" DROP COLUMN "version_parts_impressions";
  ALTER TABLE "_articles_v" DROP COLUMN "version_body";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ADD COLUMN "parts_purpose" varchar;
  ALTER TABLE "articles" ADD COLUMN "parts_background" varchar;
  ALTER TABLE "articles" ADD COLUMN "parts_scene" varchar;
  ALTER TABLE "articles" ADD COLUMN "parts_next_steps" varchar;
  ALTER TABLE "articles" ADD COLUMN "parts_impressions" varchar;
  ALTER TABLE "articles" ADD COLUMN "body" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_parts_purpose" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_parts_background" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_parts_scene" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_parts_next_steps" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_parts_impressions" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_body" jsonb;
  -- Back to fixed parts (several blocks of one label joined) and the first text block; parts with labels of their own, steps, boxes, figures, quotes and tables have no place there.
  UPDATE "articles" a SET "parts_purpose" = (SELECT string_agg(b."text", E'\n\n' ORDER BY b."_order") FROM "articles_blocks_part" b WHERE b."_parent_id" = a.id AND b."label" = 'purpose');
  UPDATE "articles" a SET "parts_background" = (SELECT string_agg(b."text", E'\n\n' ORDER BY b."_order") FROM "articles_blocks_part" b WHERE b."_parent_id" = a.id AND b."label" = 'background');
  UPDATE "articles" a SET "parts_scene" = (SELECT string_agg(b."text", E'\n\n' ORDER BY b."_order") FROM "articles_blocks_part" b WHERE b."_parent_id" = a.id AND b."label" = 'scene');
  UPDATE "articles" a SET "parts_next_steps" = (SELECT string_agg(b."text", E'\n\n' ORDER BY b."_order") FROM "articles_blocks_part" b WHERE b."_parent_id" = a.id AND b."label" = 'nextSteps');
  UPDATE "articles" a SET "parts_impressions" = (SELECT string_agg(b."text", E'\n\n' ORDER BY b."_order") FROM "articles_blocks_part" b WHERE b."_parent_id" = a.id AND b."label" = 'impressions');
  UPDATE "articles" a SET "body" = (SELECT b."body" FROM "articles_blocks_text" b WHERE b."_parent_id" = a.id ORDER BY b."_order" LIMIT 1);
  UPDATE "_articles_v" a SET "version_parts_purpose" = (SELECT string_agg(b."text", E'\n\n' ORDER BY b."_order") FROM "_articles_v_blocks_part" b WHERE b."_parent_id" = a.id AND b."label" = 'purpose');
  UPDATE "_articles_v" a SET "version_parts_background" = (SELECT string_agg(b."text", E'\n\n' ORDER BY b."_order") FROM "_articles_v_blocks_part" b WHERE b."_parent_id" = a.id AND b."label" = 'background');
  UPDATE "_articles_v" a SET "version_parts_scene" = (SELECT string_agg(b."text", E'\n\n' ORDER BY b."_order") FROM "_articles_v_blocks_part" b WHERE b."_parent_id" = a.id AND b."label" = 'scene');
  UPDATE "_articles_v" a SET "version_parts_next_steps" = (SELECT string_agg(b."text", E'\n\n' ORDER BY b."_order") FROM "_articles_v_blocks_part" b WHERE b."_parent_id" = a.id AND b."label" = 'nextSteps');
  UPDATE "_articles_v" a SET "version_parts_impressions" = (SELECT string_agg(b."text", E'\n\n' ORDER BY b."_order") FROM "_articles_v_blocks_part" b WHERE b."_parent_id" = a.id AND b."label" = 'impressions');
  UPDATE "_articles_v" a SET "version_body" = (SELECT b."body" FROM "_articles_v_blocks_text" b WHERE b."_parent_id" = a.id ORDER BY b."_order" LIMIT 1);
  DROP TABLE "articles_blocks_part" CASCADE;
  DROP TABLE "articles_blocks_text" CASCADE;
  DROP TABLE "articles_blocks_steps_steps" CASCADE;
  DROP TABLE "articles_blocks_steps" CASCADE;
  DROP TABLE "articles_blocks_box" CASCADE;
  DROP TABLE "articles_blocks_figure" CASCADE;
  DROP TABLE "articles_blocks_quote" CASCADE;
  DROP TABLE "articles_blocks_table" CASCADE;
  DROP TABLE "_articles_v_blocks_part" CASCADE;
  DROP TABLE "_articles_v_blocks_text" CASCADE;
  DROP TABLE "_articles_v_blocks_steps_steps" CASCADE;
  DROP TABLE "_articles_v_blocks_steps" CASCADE;
  DROP TABLE "_articles_v_blocks_box" CASCADE;
  DROP TABLE "_articles_v_blocks_figure" CASCADE;
  DROP TABLE "_articles_v_blocks_quote" CASCADE;
  DROP TABLE "_articles_v_blocks_table" CASCADE;
  DROP TYPE "public"."enum_articles_blocks_part_label";
  DROP TYPE "public"."enum_articles_blocks_box_tone";
  DROP TYPE "public"."enum__articles_v_blocks_part_label";
  DROP TYPE "public"."enum__articles_v_blocks_box_tone";`)
}
