import path from 'node:path'
import { z } from 'zod'
import { addresses, positiveInteger } from './fields.ts'
import { parsedOnce, parseVariables } from './parse.ts'
import { findRepoRoot } from './repoRoot.ts'

/** What the print app's own code reads, besides serverEnv. */
const printVariables = z.object({
  CMS_URL: addresses.CMS_URL,
  /** The port the print app listens on. */
  PRINT_PORT: positiveInteger(3002),
  /** Where rendered PDFs are kept (default .data/print-cache). */
  PRINT_CACHE_DIR: z.string().optional(),
  /** Pages rendered at once; more requests wait their turn (two cores, one Chromium). */
  PRINT_CONCURRENCY: positiveInteger(2),
  /** Set when uploads live in object storage: photos then come from the CMS, not from disk. */
  S3_BUCKET: z.string().optional(),
})

export type PrintEnv = Omit<z.infer<typeof printVariables>, 'PRINT_CACHE_DIR'> & { PRINT_CACHE_DIR: string }

export const printEnv = parsedOnce((source): PrintEnv => {
  const parsed = parseVariables(printVariables, source, 'print app')
  return { ...parsed, PRINT_CACHE_DIR: parsed.PRINT_CACHE_DIR ?? path.join(findRepoRoot(), '.data', 'print-cache') }
})
