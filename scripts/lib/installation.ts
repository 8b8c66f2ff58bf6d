import path from 'node:path'
import { type Installation, portForDataDir } from '@oneheart/db'
import { findRepoRoot } from '@oneheart/env'

/** This checkout's database and media, as npm start finds them (DATABASE_URL, or the embedded cluster). */
export function currentInstallation(): Installation {
  const root = findRepoRoot()
  const mediaDir = path.resolve(process.env.MEDIA_DIR ?? path.join(root, '.data', 'media'))
  if (process.env.DATABASE_URL) return { kind: 'server', databaseUrl: process.env.DATABASE_URL, mediaDir }
  const dataDir = path.join(root, '.data', 'postgres')
  const port = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : portForDataDir(dataDir)
  return { kind: 'embedded', dataDir, port, database: 'oneheart', mediaDir }
}

export function warnAboutS3(log: (line: string) => void) {
  if (process.env.S3_BUCKET) log('S3_BUCKET is set: media in the bucket are not in this file; back the bucket up with its own tools.')
}
