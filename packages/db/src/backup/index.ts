import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { withDatabase } from '../databases.ts'
import { embeddedServerUrl, startEmbeddedPostgres } from '../embedded.ts'
import { clusterLocation } from '../root/runtime.ts'
import { packFolder, unpackInto } from './archive.ts'
import { countTables, dumpDatabase, emptyDatabase, restoreDatabase } from './logical.ts'
import { copyMedia, emptyMedia, mediaFiles } from './media.ts'
import { baseBackup, installBaseBackup } from './physical.ts'

/**
 * One backup file (a gzipped tar) holds a consistent snapshot of the database and every media
 * file: `manifest.json`, then `database.dump` (pg_dump, for a DATABASE_URL server) or
 * `database/` (a base backup of the embedded cluster), and `media/`.
 */
export type Installation =
  | { kind: 'server'; databaseUrl: string; mediaDir: string }
  | { kind: 'embedded'; dataDir: string; port: number; database: string; mediaDir: string }

export interface Manifest {
  format: 'oneheart-backup/1'
  createdAt: string
  database: 'pg_dump' | 'base-backup'
  /** The major version of the pg_dump that wrote database.dump. */
  pgDumpMajor?: number
  mediaFiles: number
}

export class BackupRefusal extends Error {}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** The embedded server: the running one (npm start), or one started for the backup. */
async function withEmbedded<T>(installation: Extract<Installation, { kind: 'embedded' }>, work: (serverUrl: string) => Promise<T>): Promise<T> {
  const url = embeddedServerUrl(installation.port)
  if (await answers(url)) return work(url)
  if (!existsSync(path.join(clusterLocation(installation.dataDir).dataDir, 'PG_VERSION'))) {
    throw new BackupRefusal(
      'バックアップするデータベースがまだありません（npm start を一度実行してください）。 / There is no database to back up yet (run npm start once).',
    )
  }
  const server = await startEmbeddedPostgres({ dataDir: installation.dataDir, port: installation.port })
  try {
    return await work(server.serverUrl)
  } finally {
    await server.stop()
  }
}

export async function createBackup(installation: Installation, file: string): Promise<Manifest> {
  const stage = mkdtempSync(path.join(tmpdir(), 'oneheart-backup-'))
  try {
    let mediaCount = 0
    let pgDumpMajor: number | undefined
    // Media are copied right after the snapshot is taken: a file added meanwhile is an unused
    // extra after a restore, never a record without its file.
    if (installation.kind === 'server') {
      pgDumpMajor = (await dumpDatabase(installation.databaseUrl, path.join(stage, 'database.dump'))).major
      mediaCount = copyMedia(installation.mediaDir, path.join(stage, 'media'))
    } else {
      const cluster = clusterLocation(installation.dataDir).dataDir
      await withEmbedded(installation, (serverUrl) =>
        baseBackup(serverUrl, cluster, path.join(stage, 'database'), async () => {
          mediaCount = copyMedia(installation.mediaDir, path.join(stage, 'media'))
        }),
      )
    }
    mkdirSync(path.join(stage, 'media'), { recursive: true })
    const manifest: Manifest = {
      format: 'oneheart-backup/1',
      createdAt: new Date().toISOString(),
      database: installation.kind === 'server' ? 'pg_dump' : 'base-backup',
      pgDumpMajor,
      mediaFiles: mediaCount,
    }
    writeFileSync(path.join(stage, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    await packFolder(stage, path.resolve(file))
    return manifest
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

/** What is already there: a restore replaces it only when told (--force). */
async function contentsOf(installation: Installation): Promise<string[]> {
  const found: string[] = []
  const media = mediaFiles(installation.mediaDir).length
  if (media) found.push(`メディア ${media} 件 / ${media} media files in ${installation.mediaDir}`)
  if (installation.kind === 'server') {
    const tables = await countTables(installation.databaseUrl)
    if (tables) found.push(`テーブル ${tables} 個 / ${tables} tables in the database`)
  } else if (existsSync(path.join(clusterLocation(installation.dataDir).dataDir, 'PG_VERSION'))) {
    found.push(`データベース / a database cluster in ${clusterLocation(installation.dataDir).dataDir}`)
  }
  return found
}

export async function restoreBackup(installation: Installation, file: string, options: { force?: boolean } = {}): Promise<Manifest> {
  if (!existsSync(file)) throw new BackupRefusal(`バックアップファイル ${file} がありません。 / Backup file ${file} does not exist.`)
  const stage = mkdtempSync(path.join(tmpdir(), 'oneheart-restore-'))
  try {
    await unpackInto(path.resolve(file), stage)
    const manifestFile = path.join(stage, 'manifest.json')
    const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest) : null
    if (manifest?.format !== 'oneheart-backup/1')
      throw new BackupRefusal(`${file} は One Heart のバックアップではありません。 / ${file} is not a One Heart backup.`)
    const expected = installation.kind === 'server' ? 'pg_dump' : 'base-backup'
    if (manifest.database !== expected) {
      throw new BackupRefusal(
        manifest.database === 'base-backup'
          ? 'このバックアップは組み込みデータベースのものです。DATABASE_URL を外して復元してください。 / This backup is of the embedded database: restore it with DATABASE_URL unset.'
          : 'このバックアップは DATABASE_URL のサーバーのものです。DATABASE_URL を設定して復元してください。 / This backup is of a DATABASE_URL server: restore it with DATABASE_URL set.',
      )
    }
    if (installation.kind === 'embedded' && (await answers(embeddedServerUrl(installation.port)))) {
      throw new BackupRefusal(
        '組み込みデータベースが動いています。npm start を止めてから復元してください。 / The embedded database is running: stop npm start before restoring.',
      )
    }
    const present = await contentsOf(installation)
    if (present.length && !options.force) {
      throw new BackupRefusal(
        `復元先が空ではありません（${present.join('、')}）。上書きするには --force を付けてください。 / The installation is not empty (${present.join(', ')}); add --force to replace it.`,
      )
    }
    emptyMedia(installation.mediaDir)
    if (installation.kind === 'server') {
      if (present.length) await emptyDatabase(installation.databaseUrl)
      await restoreDatabase(installation.databaseUrl, path.join(stage, 'database.dump'), manifest.pgDumpMajor ?? 0)
    } else {
      const cluster = clusterLocation(installation.dataDir)
      rmSync(cluster.dataDir, { recursive: true, force: true })
      installBaseBackup(path.join(stage, 'database'), cluster.dataDir, cluster.owner)
      // Starting once replays the WAL kept with the copy, so the cluster is whole before use.
      const server = await startEmbeddedPostgres({ dataDir: installation.dataDir, port: installation.port })
      await answers(withDatabase(server.serverUrl, installation.database))
      await server.stop()
    }
    mkdirSync(installation.mediaDir, { recursive: true })
    copyMedia(path.join(stage, 'media'), installation.mediaDir)
    return manifest
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}
