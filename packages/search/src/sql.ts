/** A parameterised statement, the shape node-postgres takes. */
export interface SqlQuery {
  text: string
  values: unknown[]
}

/** Runs a statement and returns its rows: a pg pool, a client, or Payload's current transaction. */
export type SqlExecutor = (query: SqlQuery) => Promise<Record<string, unknown>[]>

/** Collects values as $n placeholders while a statement is written. */
export class SqlBuilder {
  readonly values: unknown[] = []

  param(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }

  build(text: string): SqlQuery {
    return { text, values: this.values }
  }
}

/** A LIKE pattern that matches the text anywhere, with LIKE's wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/

/** Table names are ours, never a reader's; still, only plain identifiers are accepted. */
export function checkedIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`)
  return name
}
