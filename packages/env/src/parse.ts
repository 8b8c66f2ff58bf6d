import type { z } from 'zod'

export type Variables = Record<string, string | undefined>

/** Parses variables against a schema; every missing or malformed one is named in a single error. */
export function parseVariables<Schema extends z.ZodType>(schema: Schema, source: Variables, process: string): z.infer<Schema> {
  const parsed = schema.safeParse(source)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')
  throw new Error(`Invalid environment for One Heart's ${process}:\n${problems}`)
}

/** Parses once per process: the environment of a running process does not change under it. */
export function parsedOnce<T>(parse: (source: Variables) => T): (source?: Variables) => T {
  let cached: T | undefined
  return (source) => {
    if (source) return parse(source)
    cached ??= parse(process.env)
    return cached
  }
}
