/**
 * What an import answers, the same through every door (CLI, admin screen, POST /api/archive/import).
 * The first fields are the HTTP contract of docs/api.md; `dryRun` and `preview` are added for the
 * admin's review step.
 */
import type { ArticleKind } from '@oneheart/contract'

export type ImportStatus = 'imported' | 'skipped' | 'failed'

export interface ImportedIssueRef {
  id: number
  number: number | null
  /** YYYY-MM-DD or YYYY-MM (month precision, as back issues print it). */
  issuedOn: string | null
  title: string
  /** Where the issue is on the public site (its path until it is published). */
  url: string
}

export interface PageReading {
  number: number
  text: string
  /** Read from the page image because it had no usable text layer. */
  ocr: boolean
  /** Tesseract's mean word confidence, 0–100; null for a text layer. */
  confidence: number | null
  needsReview: boolean
}

/** A council, district or activity named in the text, proposed as a link for the editor to confirm. */
export interface ProposedLink {
  collection: 'councils' | 'districts' | 'activities'
  id: number
  name: string
  /** The words in the text that matched: the name, its よみがな or an alias. */
  matched: string
}

export interface SplitArticle {
  title: string
  kind: ArticleKind
  /** The page of the original the article starts on. */
  page: number
  text: string
  links: ProposedLink[]
}

export interface ImportPreview {
  number: number | null
  issuedOn: string | null
  title: string
  /** The issue's greeting (みなさまへ), kept on the issue rather than as an article. */
  greeting: string | null
  pages: PageReading[]
  articles: SplitArticle[]
}

export interface ImportResult {
  status: ImportStatus
  issue?: ImportedIssueRef
  articles: number
  pages: number
  ocrPages: number
  warnings: string[]
  /** Japanese, for a person: why the file was skipped or refused. */
  reason?: string
  dryRun?: boolean
  preview?: ImportPreview
}

/** Corrections an editor makes before confirming (admin screen), or options given on the CLI. */
export interface ImportOptions {
  fileName: string
  dryRun?: boolean
  publish?: boolean
  number?: number
  /** YYYY-MM or YYYY-MM-DD. */
  issuedOn?: string
  title?: string
  /** Replaces the automatic split when the editor corrected it. */
  articles?: Array<Pick<SplitArticle, 'title' | 'kind' | 'page' | 'text'> & { links?: ProposedLink[] }>
  /** Progress for the CLI's bar: pages read so far, OCR pages among them. */
  onPage?: (progress: { page: number; pages: number; ocr: boolean }) => void
}
