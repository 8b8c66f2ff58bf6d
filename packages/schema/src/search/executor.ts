import type { SqlExecutor } from '@oneheart/search'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

type Drizzle = { execute(query: unknown): Promise<{ rows: Record<string, unknown>[] }> }
type PostgresAdapter = { drizzle: Drizzle; sessions?: Record<string | number, { db: Drizzle } | undefined> }

/** A $n-placeholder statement as drizzle SQL, so it runs on whatever connection Payload holds. */
function toDrizzle(text: string, values: unknown[]) {
  const strings: string[] = []
  const params: unknown[] = []
  let rest = text
  for (let match = /\$(\d+)/.exec(rest); match; match = /\$(\d+)/.exec(rest)) {
    strings.push(rest.slice(0, match.index))
    // One parameter each, arrays included (drizzle would otherwise spread an array into a list).
    params.push(sql.param(values[Number(match[1]) - 1]))
    rest = rest.slice(match.index + match[0].length)
  }
  strings.push(rest)
  return sql(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, ...params)
}

/**
 * Runs search SQL inside the request's transaction when there is one, so the index changes
 * with the record or not at all.
 */
export async function searchExecutor(payload: Payload, req?: PayloadRequest): Promise<SqlExecutor> {
  const adapter = payload.db as unknown as PostgresAdapter
  const transaction = req?.transactionID ? adapter.sessions?.[await req.transactionID]?.db : undefined
  const db = transaction ?? adapter.drizzle
  return async ({ text, values }) => (await db.execute(toDrizzle(text, values))).rows
}
