import { randomBytes } from 'node:crypto'
import { withClient } from './probe.ts'

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/

function quoteName(name: string): string {
  if (!SAFE_NAME.test(name)) throw new Error(`Refusing unsafe database name: ${name}`)
  return `"${name}"`
}

/** Replaces the database part of a PostgreSQL URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(withDatabase(serverUrl, 'postgres'), async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name])
    if (!rowCount) await client.query(`create database ${quoteName(name)} encoding 'UTF8' template template0`)
  })
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(withDatabase(serverUrl, 'postgres'), (client) => client.query(`drop database if exists ${quoteName(name)} with (force)`))
}

/** A database of its own for one test run, dropped by `drop()`. */
export async function createThrowawayDatabase(serverUrl: string, prefix = 'oneheart_test') {
  const name = `${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`
  await ensureDatabase(serverUrl, name)
  return { name, url: withDatabase(serverUrl, name), drop: () => dropDatabase(serverUrl, name) }
}
