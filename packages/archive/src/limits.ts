import { ArchiveRefusal } from './refusal.ts'

/** How much one file may ask of the machine; both are configurable (ARCHIVE_MAX_MB, ARCHIVE_MAX_PAGES). */
export interface ImportLimits {
  maxBytes: number
  maxPages: number
  /** Pages whose OCR confidence is below this are flagged for review (ARCHIVE_REVIEW_BELOW). */
  reviewBelow: number
}

const positive = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number, got "${value}"`)
  return parsed
}

export function importLimits(env: NodeJS.ProcessEnv = process.env): ImportLimits {
  return {
    maxBytes: Math.round(positive(env.ARCHIVE_MAX_MB, 50, 'ARCHIVE_MAX_MB') * 1024 * 1024),
    maxPages: Math.floor(positive(env.ARCHIVE_MAX_PAGES, 40, 'ARCHIVE_MAX_PAGES')),
    reviewBelow: positive(env.ARCHIVE_REVIEW_BELOW, 70, 'ARCHIVE_REVIEW_BELOW'),
  }
}

const megabytes = (bytes: number) => Math.ceil(bytes / 1024 / 1024)

/** Refuses a file over the size limit with both sizes, before anything reads it. */
export function refuseOversize(size: number, limits: Pick<ImportLimits, 'maxBytes'>): void {
  if (size > limits.maxBytes) {
    throw new ArchiveRefusal(413, `ファイルが大きすぎます（${megabytes(size)}MB）。1つのファイルは${megabytes(limits.maxBytes)}MBまでです。`)
  }
}
