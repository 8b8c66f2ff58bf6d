import { z } from 'zod'
import { parsedOnce, parseVariables } from './parse.ts'

/** Where the engines One Heart drives are found, in whichever process drives them. */
const engineVariables = z.object({
  /** A Chromium to print with, instead of the one found on the machine. */
  CHROMIUM_PATH: z.string().optional(),
  /** Where pg_dump and pg_restore live, if not beside the server's version or on PATH. */
  PG_BIN_DIR: z.string().optional(),
  /** Where the embedded PostgreSQL's binaries are copied when running as root. */
  ONEHEART_PG_RUNTIME_DIR: z.string().default('/var/lib/oneheart-postgres'),
  /** Any value: the embedded PostgreSQL logs every statement and connection. */
  DEBUG_PG_STATEMENTS: z.string().optional(),
})

export type EngineEnv = z.infer<typeof engineVariables>

export const engineEnv = parsedOnce((source): EngineEnv => parseVariables(engineVariables, source, 'engines'))

/** The environment for a child process (pg_dump, Tesseract): this process's, with some variables set. */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra }
}

/** `npm run dev`: React's development build, hot reload, fuller error messages. */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV === 'development'
}
