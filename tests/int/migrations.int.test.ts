import { createThrowawayDatabase } from '@oneheart/db'
import { migrations } from '@oneheart/schema/migrations'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The migrations that reshape stored content keep every word of it: a database holding
 * records in the old shape (instants for dates, fixed labelled parts and one body) is migrated
 * and read back, then migrated down again.
 */
describe('content migrations', () => {
  let database: Awaited<ReturnType<typeof createThrowawayDatabase>>
  let pool: pg.Pool
  let db: { execute: (query: unknown) => Promise<unknown> }
  const query = async (text: string) => (await pool.query(text)).rows as Record<string, unknown>[]
  const step = (name: string) => {
    const migration = migrations.find((candidate) => candidate.name.endsWith(name))
    if (!migration) throw new Error(`no migration ${name}`)
    return migration
  }
  const args = () => ({ db, payload: undefined, req: undefined }) as never

  beforeAll(async () => {
    database = await createThrowawayDatabase(process.env.ONEHEART_TEST_DATABASE_URL ?? process.env.DATABASE_URL!, 'oneheart_migration')
    pool = new pg.Pool({ connectionString: database.url, max: 1 })
    db = drizzle(pool) as never
    for (const migration of migrations) {
      if (migration.name.endsWith('typed_dates')) break
      await migration.up(args())
    }
    const body = {
      root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: '本文の一段落目。', version: 1 }], version: 1 }], version: 1 },
    }
    await query(`
      INSERT INTO issues (id, number, title, issued_on, updated_at, created_at, _status) VALUES (1, 7, '夏号', '2025-07-31T15:00:00Z', now(), now(), 'published');
      INSERT INTO articles (id, title, kind, slug, parts_purpose, parts_scene, body, visit_visited_on, updated_at, created_at, _status)
        VALUES (1, '昔の記事', 'activity-report', 'old-article', '目的の文。', '様子の文。', '${JSON.stringify(body)}', '2025-11-05T03:00:00Z', now(), now(), 'published');
      INSERT INTO articles (id, title, kind, slug, body, updated_at, created_at, _status)
        VALUES (2, '本文を消した記事', 'notice', 'emptied', '{"root":{"type":"root","children":[{"type":"paragraph","children":[],"version":1}],"version":1}}', now(), now(), 'draft');
      INSERT INTO _articles_v (id, parent_id, version_title, version_kind, version_parts_background, version_body, updated_at, created_at, version__status)
        VALUES (1, 1, '昔の記事', 'activity-report', '経緯だけの古い版。', '${JSON.stringify(body)}', now(), now(), 'draft');
      INSERT INTO meetings (id, title, held_on, kind, updated_at, created_at, _status) VALUES (1, '6月 住民企画会議', '2025-06-19T15:30:00Z', 'residents-planning', now(), now(), 'published');
    `)
  })
  afterAll(async () => {
    await pool?.end()
    await database?.drop()
  })

  it('keeps each date as the day Japan saw, and every part and body as blocks in printed order', async () => {
    await step('typed_dates').up(args())
    await step('article_blocks').up(args())
    expect(await query('SELECT issued_on FROM issues')).toEqual([{ issued_on: '2025-08-01' }])
    expect(await query('SELECT held_on FROM meetings')).toEqual([{ held_on: '2025-06-20' }])
    expect(await query('SELECT visit_visited_on FROM articles WHERE id = 1')).toEqual([{ visit_visited_on: '2025-11-05' }])
    const blocks = await query(`
      SELECT _order, 'part:' || label AS block, text FROM articles_blocks_part WHERE _parent_id = 1
      UNION ALL SELECT _order, 'text', body->'root'->'children'->0->'children'->0->>'text' FROM articles_blocks_text WHERE _parent_id = 1
      ORDER BY 1`)
    expect(blocks).toEqual([
      { _order: 1, block: 'part:purpose', text: '目的の文。' },
      { _order: 2, block: 'part:scene', text: '様子の文。' },
      { _order: 3, block: 'text', text: '本文の一段落目。' },
    ])
    // An emptied editor's body (no words) becomes no block at all.
    expect(await query('SELECT _order FROM articles_blocks_text WHERE _parent_id = 2')).toEqual([])
    const version = await query(`SELECT label, text, _uuid IS NOT NULL AS has_uuid FROM _articles_v_blocks_part WHERE _parent_id = 1`)
    expect(version).toEqual([{ label: 'background', text: '経緯だけの古い版。', has_uuid: true }])
    expect(await query(`SELECT _order FROM _articles_v_blocks_text WHERE _parent_id = 1`)).toEqual([{ _order: 2 }])
  })

  it('migrates back down without losing the parts', async () => {
    await step('article_blocks').down(args())
    await step('typed_dates').down(args())
    expect(await query('SELECT parts_purpose, parts_scene, body IS NOT NULL AS has_body FROM articles WHERE id = 1')).toEqual([
      { parts_purpose: '目的の文。', parts_scene: '様子の文。', has_body: true },
    ])
    const [issue] = await query(`SELECT to_char(issued_on AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS day FROM issues`)
    expect(issue).toEqual({ day: '2025-08-01' })
  })
})
