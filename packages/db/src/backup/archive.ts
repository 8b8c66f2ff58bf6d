import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** One gzipped tar of a staged folder: the form a backup travels and is kept in. */
export async function packFolder(folder: string, file: string): Promise<void> {
  await run('tar', ['-czf', file, '-C', folder, '.'], { maxBuffer: 16 * 1024 * 1024 })
}

export async function unpackInto(file: string, folder: string): Promise<void> {
  await run('tar', ['-xzf', file, '-C', folder, '--no-same-owner'], { maxBuffer: 16 * 1024 * 1024 })
}
