import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { findRepoRoot } from '@oneheart/env'

/** Demo mode keeps one generated secret in .data so sessions survive restarts. */
export function demoSecret(name: string): string {
  const file = path.join(findRepoRoot(), '.data', `${name}.secret`)
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
