import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BackupRefusal, clusterLocation, createBackup, createThrowawayDatabase, ensureDatabase, mediaFiles, restoreBackup, startEmbeddedPostgres, withClient, withDatabase, type Installation } from '@oneheart/db'
import { parseQuery, searchStore } from '@oneheart/search'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../support/testDatabase.ts'

/** Every table's rows as one fingerprint each, in a stable order: records, versions, search rows. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const tables = (await client.query<{ tablename: string }>("select tablename from pg_tables where schemaname = 'public' order by tablename")).rows.map((row) => row.tablename)
    const prints: Record<string, string> = {}
    for (const table of tables) {
      const { rows } = await client.query<{ n: string; digest: string | null }>(`select count(*) as n, md5(string_agg(t::text, E'\\n' order by t::text)) as digest from "${table}" t`)
      prints[table] = `${rows[0]!.n}:${rows[0]!.digest}`
    }
    return prints
  })
}

async function searchAnswers(url: string): Promise<unknown[]> {
  const store = searchStore()
  return withClient(url, async (client) => {
    const run = async (query: { text: string; values: unknown[] }) => (await client.query(query.text, query.values)).rows
    const answers = []
    for (const words of ['八幡', 'サロン 協議体', '令和8年2月', 'ひまわり']) answers.push(await store.page(run, parseQuery(words), {}, 20, null))
    return answers
  })
}

const bytesOf = (dir: string) => Object.fromEntries(mediaFiles(dir).map((file) => [file, readFileSync(path.join(dir, file)).toString('base64')]))

/** npm run backup / npm run restore (issue 16): one file, a consistent snapshot, every media file. */
describe('backup and restore', () => {
  const sourceUrl = process.env.DATABASE_URL!
  const sourceMedia = process.env.MEDIA_DIR!
  const work = mkdtempSync(path.join(tmpdir(), 'oneheart-backup-test-'))
  const cleanups: (() => Promise<unknown> | unknown)[] = [() => rmSync(work, { recursive: true, force: true })]
  let source: { tables: Record<string, string>; media: Record<string, string>; search: unknown[] }
  beforeAll(async () => {
    source = { tables: await fingerprint(sourceUrl), media: bytesOf(sourceMedia), search: await searchAnswers(sourceUrl) }
    expect(Object.keys(source.media).length).toBeGreaterThan(0)
    expect(Object.keys(source.tables)).toEqual(expect.arrayContaining(['articles', '_articles_v', 'issues', '_issues_v', 'media', 'search_entries']))
  })
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it('round-trips the demo content through pg_dump into an empty database, and refuses a non-empty one unless forced', async () => {
    const file = path.join(work, 'server.tar.gz')
    const manifest = await createBackup({ kind: 'server', databaseUrl: sourceUrl, mediaDir: sourceMedia }, file)
    expect(manifest).toMatchObject({ database: 'pg_dump', mediaFiles: Object.keys(source.media).length })

    const serverUrl = withDatabase(sourceUrl, 'postgres')
    const target = await createThrowawayDatabase(serverUrl, 'oneheart_restore')
    cleanups.push(target.drop)
    const installation: Installation = { kind: 'server', databaseUrl: target.url, mediaDir: path.join(work, 'server-media') }
    await restoreBackup(installation, file)
    expect(await fingerprint(target.url)).toEqual(source.tables)
    expect(bytesOf(installation.mediaDir)).toEqual(source.media)
    expect(await searchAnswers(target.url)).toEqual(source.search)

    const refused = await restoreBackup(installation, file).then(() => null, (error: unknown) => error)
    expect(refused).toBeInstanceOf(BackupRefusal)
    expect((refused as Error).message).toMatch(/復元先が空ではありません.*--force/s)
    await restoreBackup(installation, file, { force: true })
    expect(await fingerprint(target.url)).toEqual(source.tables)
  })

  it('round-trips it through a base backup of the embedded cluster, taken while it runs', async () => {
    // An embedded installation holding the demo content (brought in through the server path).
    const seeded = { dataDir: path.join(work, 'a', 'postgres'), mediaDir: path.join(work, 'a', 'media'), port: await freePort() }
    const server = await startEmbeddedPostgres({ dataDir: seeded.dataDir, port: seeded.port })
    cleanups.push(() => rmSync(clusterLocation(seeded.dataDir).dataDir, { recursive: true, force: true }))
    await ensureDatabase(server.serverUrl, 'oneheart')
    await restoreBackup({ kind: 'server', databaseUrl: server.databaseUrl('oneheart'), mediaDir: seeded.mediaDir }, path.join(work, 'server.tar.gz'))
    const embedded: Installation = { kind: 'embedded', dataDir: seeded.dataDir, port: seeded.port, database: 'oneheart', mediaDir: seeded.mediaDir }
    const file = path.join(work, 'embedded.tar.gz')
    const manifest = await createBackup(embedded, file)
    await server.stop()
    expect(manifest).toMatchObject({ database: 'base-backup', mediaFiles: Object.keys(source.media).length })

    const fresh = { dataDir: path.join(work, 'b', 'postgres'), mediaDir: path.join(work, 'b', 'media'), port: await freePort() }
    cleanups.push(() => rmSync(clusterLocation(fresh.dataDir).dataDir, { recursive: true, force: true }))
    await restoreBackup({ kind: 'embedded', ...fresh, database: 'oneheart' }, file)
    const restored = await startEmbeddedPostgres({ dataDir: fresh.dataDir, port: fresh.port })
    try {
      const url = restored.databaseUrl('oneheart')
      expect(await fingerprint(url)).toEqual(source.tables)
      expect(await searchAnswers(url)).toEqual(source.search)
    } finally {
      await restored.stop()
    }
    expect(bytesOf(fresh.mediaDir)).toEqual(source.media)
    const refused = await restoreBackup({ kind: 'embedded', ...fresh, database: 'oneheart' }, file).then(() => null, (error: unknown) => error)
    expect((refused as Error).message).toMatch(/--force/)
  })
})
