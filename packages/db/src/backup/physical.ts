import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

/**
 * A base backup of the embedded cluster through PostgreSQL's own online-backup functions:
 * between pg_backup_start and pg_backup_stop the data folder is copied while the server runs,
 * and the WAL written meanwhile is kept with it, so starting the copy replays to one
 * consistent moment. (The embedded package ships no pg_dump; this needs only the server.)
 */

/** Files PostgreSQL itself says a base backup leaves out: they are rebuilt or per-process. */
const SKIPPED = new Set(['postmaster.pid', 'postmaster.opts', 'pg_internal.init', 'backup_label', 'tablespace_map', 'backup_manifest'])
const EMPTIED = new Set(['pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans'])

export async function baseBackup(serverUrl: string, dataDir: string, target: string, duringBackup: () => Promise<void> = async () => {}): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    // One session from start to stop: a non-exclusive backup ends with its session.
    await client.query("select pg_backup_start('oneheart backup', true)")
    mkdirSync(target, { recursive: true, mode: 0o700 })
    cpSync(dataDir, target, {
      recursive: true,
      filter: (source) => {
        const relative = path.relative(dataDir, source)
        if (relative === '') return true
        const [top, ...rest] = relative.split(path.sep)
        if (rest.length === 0 && SKIPPED.has(top!)) return false
        if (EMPTIED.has(top!) && rest.length > 0) return false
        return !path.basename(source).startsWith('pgsql_tmp')
      },
    })
    await duringBackup()
    const { rows } = await client.query<{ labelfile: string; spcmapfile: string }>('select labelfile, spcmapfile from pg_backup_stop(false)')
    const { labelfile, spcmapfile } = rows[0]!
    writeFileSync(path.join(target, 'backup_label'), labelfile)
    if (spcmapfile) writeFileSync(path.join(target, 'tablespace_map'), spcmapfile)
    // The WAL from the backup's start to its end: the start segment and every later one.
    const startSegment = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(labelfile)?.[1] ?? ''
    const walDir = path.join(dataDir, 'pg_wal')
    for (const name of readdirSync(walDir)) {
      if (/^[0-9A-F]{24}$/.test(name) && name >= startSegment) cpSync(path.join(walDir, name), path.join(target, 'pg_wal', name))
    }
    if (!startSegment || !existsSync(path.join(target, 'pg_wal', startSegment))) {
      throw new Error(`The WAL segment the backup starts from (${startSegment || 'unknown'}) was recycled during the copy; run the backup again.`)
    }
  } finally {
    await client.end()
  }
}

/** Puts a base backup in place as the cluster folder: 0700, owned by whoever runs PostgreSQL. */
export function installBaseBackup(source: string, dataDir: string, owner?: { uid: number; gid: number }) {
  mkdirSync(path.dirname(dataDir), { recursive: true })
  cpSync(source, dataDir, { recursive: true })
  chmodSync(dataDir, 0o700)
  if (owner) chownTree(dataDir, owner)
}

function chownTree(dir: string, owner: { uid: number; gid: number }) {
  chownSync(dir, owner.uid, owner.gid)
  for (const name of readdirSync(dir)) {
    const entry = path.join(dir, name)
    if (statSync(entry).isDirectory()) chownTree(entry, owner)
    else chownSync(entry, owner.uid, owner.gid)
  }
}
