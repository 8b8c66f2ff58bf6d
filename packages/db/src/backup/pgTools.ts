import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { engineEnv } from '@oneheart/env'

/**
 * PostgreSQL's own client programs for a logical backup. pg_dump must be at least as new as the
 * server it reads, pg_restore as new as the pg_dump that wrote the file; PG_BIN_DIR picks a
 * folder, otherwise the ones on PATH are tried.
 */
export interface PgTools {
  pgDump: string
  pgRestore: string
  major: number
}

function majorOf(program: string): number | null {
  try {
    const version = execFileSync(program, ['--version']).toString()
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(version)
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

export function findPgTools(serverMajor: number): PgTools {
  // Called with the server's major for pg_dump, the file's for pg_restore.
  const dirs = [engineEnv().PG_BIN_DIR, `/usr/lib/postgresql/${serverMajor}/bin`, ''].filter((dir): dir is string => dir !== undefined)
  const tried: string[] = []
  for (const dir of dirs) {
    const pgDump = dir ? path.join(dir, 'pg_dump') : 'pg_dump'
    const pgRestore = dir ? path.join(dir, 'pg_restore') : 'pg_restore'
    if (dir && !existsSync(pgDump)) continue
    const major = majorOf(pgDump)
    tried.push(`${pgDump}: ${major ?? 'none'}`)
    if (major !== null && major >= serverMajor) return { pgDump, pgRestore, major }
  }
  throw new Error(
    `PostgreSQL ${serverMajor} をバックアップできる pg_dump が見つかりません（${tried.join(', ') || 'pg_dump がありません'}）。postgresql-client-${serverMajor} 以降を入れるか、PG_BIN_DIR でその bin フォルダーを指定してください。\n` +
      `No pg_dump able to read PostgreSQL ${serverMajor} was found (${tried.join(', ') || 'none on PATH'}). Install postgresql-client-${serverMajor} or newer, or point PG_BIN_DIR at its bin folder.`,
  )
}
