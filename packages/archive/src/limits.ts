import { serverEnv } from '@oneheart/env'
import { ArchiveRefusal } from './refusal.ts'

/** How much one file may ask of the machine; both are configurable (ARCHIVE_MAX_MB, ARCHIVE_MAX_PAGES). */
export interface ImportLimits {
  maxBytes: number
  maxPages: number
  /** Pages whose OCR confidence is below this are flagged for review (ARCHIVE_REVIEW_BELOW). */
  reviewBelow: number
}

/** The limits as configured (ARCHIVE_MAX_MB, ARCHIVE_MAX_PAGES, ARCHIVE_REVIEW_BELOW; see @oneheart/env). */
export function importLimits(): ImportLimits {
  const env = serverEnv()
  return {
    maxBytes: Math.round(env.ARCHIVE_MAX_MB * 1024 * 1024),
    maxPages: env.ARCHIVE_MAX_PAGES,
    reviewBelow: env.ARCHIVE_REVIEW_BELOW,
  }
}

const megabytes = (bytes: number) => Math.ceil(bytes / 1024 / 1024)

/** Refuses a file over the size limit with both sizes, before anything reads it. */
export function refuseOversize(size: number, limits: Pick<ImportLimits, 'maxBytes'>): void {
  if (size > limits.maxBytes) {
    throw new ArchiveRefusal(413, `ファイルが大きすぎます（${megabytes(size)}MB）。1つのファイルは${megabytes(limits.maxBytes)}MBまでです。`)
  }
}
