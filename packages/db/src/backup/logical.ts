import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { childEnvironment } from '@oneheart/env'
import { withClient } from '../probe.ts'
import { findPgTools } from './pgTools.ts'

const run = promisify(execFile)

/** libpq reads the URL itself; the password stays out of the process list via PGPASSWORD. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { dbname: parsed.toString(), env: childEnvironment(password ? { PGPASSWORD: password } : {}) }
}

export async function serverMajor(url: string): Promise<number> {
  const { rows } = await withClient(url, (client) => client.query<{ server_version_num: string }>('show server_version_num'))
  return Math.floor(Number(rows[0]!.server_version_num) / 10_000)
}

/**
 * pg_dump in its custom format: one consistent snapshot of the whole database (pg_dump reads it
 * in one repeatable-read transaction), schema and data, without owners, so it restores into any
 * role's database.
 */
export async function dumpDatabase(url: string, file: string): Promise<{ program: string; major: number }> {
  const tools = findPgTools(await serverMajor(url))
  const { dbname, env } = connection(url)
  await run(tools.pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${dbname}`], { env, maxBuffer: 64 * 1024 * 1024 })
  return { program: tools.pgDump, major: tools.major }
}

/** Tables in the database's public schema: none means nothing would be overwritten. */
export async function countTables(url: string): Promise<number> {
  const { rows } = await withClient(url, (client) => client.query<{ count: string }>("select count(*) from pg_tables where schemaname = 'public'"))
  return Number(rows[0]!.count)
}

/** Empties the public schema (with --force): the restore then brings back exactly the dump. */
export async function emptyDatabase(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query('drop schema public cascade')
    await client.query('create schema public')
  })
}

/** pg_restore only has to read the file: one as new as the pg_dump that wrote it will do. */
export async function restoreDatabase(url: string, file: string, writtenByMajor: number): Promise<void> {
  const tools = findPgTools(writtenByMajor)
  const { dbname, env } = connection(url)
  await run(tools.pgRestore, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, file], {
    env,
    maxBuffer: 64 * 1024 * 1024,
  })
}
