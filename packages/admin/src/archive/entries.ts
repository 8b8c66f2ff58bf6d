// One chosen PDF on its way through the screen: waiting → reading (dry run) → read → sending → sent.
import type { ImportResult } from '@oneheart/archive/result'
import { type Review, reviewOf } from './review.ts'

export type Phase = 'waiting' | 'reading' | 'read' | 'sending' | 'sent'

export interface Entry {
  id: string
  file: File
  phase: Phase
  /** When the current request started, for the seconds shown while OCR runs. */
  startedAt: number | null
  /** The dry run's answer. */
  reading?: ImportResult
  /** What the editor made of it; only for a file that can be imported. */
  review?: Review
  /** The import's answer. */
  outcome?: ImportResult
}

/** The dry run's answer, and a review to edit when the file can be imported. */
export function afterReading(reading: ImportResult): Partial<Entry> {
  const importable = reading.status === 'imported' && reading.preview !== undefined
  return { phase: 'read', startedAt: null, reading, review: importable && reading.preview ? reviewOf(reading.preview) : undefined }
}

export const isImportable = (entry: Entry): entry is Entry & { review: Review } => entry.phase === 'read' && entry.review !== undefined

export const isBusy = (entry: Entry) => entry.phase === 'waiting' || entry.phase === 'reading' || entry.phase === 'sending'

/** A file the picker or a drop brought that is plainly not a PDF is refused here, before uploading it. */
export function looksLikePdf(file: File): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name)
}
