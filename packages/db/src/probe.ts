import pg from 'pg'

/** Runs one statement on a short-lived connection. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export async function waitForServer(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await withClient(url, (client) => client.query('select 1'))
      return
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`PostgreSQL at ${redact(url)} did not answer: ${(error as Error).message}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
}

/** The database's character classification, which Japanese text handling depends on. */
export async function readLocale(url: string): Promise<{ ctype: string; encoding: string }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ ctype: string; encoding: string }>(
      `select datctype as ctype, pg_encoding_to_char(encoding) as encoding
         from pg_database where datname = current_database()`,
    )
    const row = rows[0]
    if (!row) throw new Error('pg_database has no row for the current database')
    return row
  })
}
