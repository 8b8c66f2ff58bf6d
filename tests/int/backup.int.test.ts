import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  BackupRefusal,
  clusterLocation,
  createBackup,
  createThrowawayDatabase,
  ensureDatabase,
  findPgTools,
  type Installation,
  mediaFiles,
  restoreBackup,
  serverMajor,
  startEmbeddedPostgres,
  withClient,
  withDatabase,
} from '@oneheart/db'
import { migrateAndSeedInChild } from '@oneheart/harness/prepare'
import { freePort } from '@oneheart/harness/testDatabase'
import { testEnv } from '@oneheart/harness/testEnv'
import { parseQuery, searchStore } from '@oneheart/search'
import { afterAll, describe, expect, it } from 'vitest'

/** Every table's rows as one fingerprint each, in a stable order: records, versions, search rows. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const tables = (await client.query<{ tablename: string }>("select tablename from pg_tables where schemaname = 'public' order by tablename")).rows.map(
      (row) => row.tablename,
    )
    const prints: Record<string, string> = {}
    for (const table of tables) {
      const { rows } = await client.query<{ n: string; digest: string | null }>(
        `select count(*) as n, md5(string_agg(t::text, E'\\n' order by t::text)) as digest from "${table}" t`,
      )
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
  const work = mkdtempSync(path.join(tmpdir(), 'oneheart-backup-test-'))
  const cleanups: (() => Promise<unknown> | unknown)[] = [() => rmSync(work, { recursive: true, force: true })]
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  async function snapshotOf(url: string, mediaDir: string) {
    return { tables: await fingerprint(url), media: bytesOf(mediaDir), search: await searchAnswers(url) }
  }

  it('round-trips the demo content through a base backup of the embedded cluster, taken while it runs', async () => {
    // An embedded installation with the demo content, seeded as npm start seeds it.
    const source = { dataDir: path.join(work, 'a', 'postgres'), mediaDir: path.join(work, 'a', 'media'), port: await freePort() }
    const server = await startEmbeddedPostgres({ dataDir: source.dataDir, port: source.port })
    cleanups.push(() => rmSync(clusterLocation(source.dataDir).dataDir, { recursive: true, force: true }))
    cleanups.push(() => server.stop())
    await ensureDatabase(server.serverUrl, 'oneheart')
    const url = server.databaseUrl('oneheart')
    await migrateAndSeedInChild({ ...testEnv(url), MEDIA_DIR: source.mediaDir })
    const before = await snapshotOf(url, source.mediaDir)
    expect(Object.keys(before.media).length).toBeGreaterThan(0)
    expect(Object.keys(before.tables)).toEqual(expect.arrayContaining(['articles', '_articles_v', 'issues', '_issues_v', 'media', 'search_entries']))

    const file = path.join(work, 'embedded.tar.gz')
    const manifest = await createBackup({ kind: 'embedded', ...source, database: 'oneheart' }, file)
    expect(manifest).toMatchObject({ database: 'base-backup', mediaFiles: Object.keys(before.media).length })
    await server.stop()

    const fresh = { dataDir: path.join(work, 'b', 'postgres'), mediaDir: path.join(work, 'b', 'media'), port: await freePort(), database: 'oneheart' }
    cleanups.push(() => rmSync(clusterLocation(fresh.dataDir).dataDir, { recursive: true, force: true }))
    await restoreBackup({ kind: 'embedded', ...fresh }, file)
    const restored = await startEmbeddedPostgres({ dataDir: fresh.dataDir, port: fresh.port })
    try {
      expect(await snapshotOf(restored.databaseUrl('oneheart'), fresh.mediaDir)).toEqual(before)
    } finally {
      await restored.stop()
    }
    const refused = await restoreBackup({ kind: 'embedded', ...fresh }, file).then(
      () => null,
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(BackupRefusal)
    expect((refused as Error).message).toMatch(/復元先が空ではありません.*--force/s)
  })

  it('round-trips it through pg_dump into an empty database on a DATABASE_URL server, or says which pg_dump it needs', async () => {
    const sourceUrl = process.env.DATABASE_URL!
    const sourceMedia = process.env.MEDIA_DIR!
    const file = path.join(work, 'server.tar.gz')
    const major = await serverMajor(sourceUrl)
    const hasPgDump = (() => {
      try {
        return Boolean(findPgTools(major))
      } catch {
        return false
      }
    })()
    if (!hasPgDump) {
      // This machine has no pg_dump for the test server's version: the backup must say so.
      const error = await createBackup({ kind: 'server', databaseUrl: sourceUrl, mediaDir: sourceMedia }, file).then(
        () => null,
        (caught: unknown) => caught,
      )
      expect((error as Error).message).toContain(`PostgreSQL ${major} をバックアップできる pg_dump が見つかりません`)
      expect((error as Error).message).toContain(`postgresql-client-${major}`)
      return
    }
    const before = await snapshotOf(sourceUrl, sourceMedia)
    const manifest = await createBackup({ kind: 'server', databaseUrl: sourceUrl, mediaDir: sourceMedia }, file)
    expect(manifest).toMatchObject({ database: 'pg_dump', mediaFiles: Object.keys(before.media).length })

    const target = await createThrowawayDatabase(withDatabase(sourceUrl, 'postgres'), 'oneheart_restore')
    cleanups.push(target.drop)
    const installation: Installation = { kind: 'server', databaseUrl: target.url, mediaDir: path.join(work, 'server-media') }
    await restoreBackup(installation, file)
    expect(await snapshotOf(target.url, installation.mediaDir)).toEqual(before)

    const refused = await restoreBackup(installation, file).then(
      () => null,
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(BackupRefusal)
    await restoreBackup(installation, file, { force: true })
    expect(await fingerprint(target.url)).toEqual(before.tables)
  })
})
