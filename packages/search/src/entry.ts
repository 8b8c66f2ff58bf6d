import { normalizeText } from './normalize.ts'
import { indexTerms } from './tokens.ts'

export const SEARCH_TYPES = ['article', 'issue', 'activity', 'event', 'council', 'meeting'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

/** One searchable record as the content model describes it. */
export interface SearchDocument {
  type: SearchType
  docId: number
  title: string
  /** Plain text, shown in snippets. */
  body: string
  /** Names of related places and councils: searchable, never shown in snippets. */
  keywords: string
  /** How title and body are read, in kana (see readingOf), so kana queries find kanji. */
  reading: string
  url: string
  /** The date a reader sees (YYYY-MM-DD), if the record has one. */
  shownOn: string | null
  fiscalYear: number | null
  /** Newer ranks higher. */
  sortAt: Date
  councilIds: number[]
  districtIds: number[]
}

/** The row stored for a document: its text normalised and cut into index terms. */
export interface SearchRow {
  docType: SearchType
  docId: number
  title: string
  excerptSource: string
  url: string
  shownOn: string | null
  fiscalYear: number | null
  sortAt: Date
  councilIds: number[]
  districtIds: number[]
  titleNorm: string
  /** The title's own terms, so title hits are found without reading every match. */
  titleTerms: string[]
  /** Title, body, keywords and reading in normal form, one per line: what every match is checked against. */
  haystack: string
  terms: string[]
}

export function toSearchRow(document: SearchDocument): SearchRow {
  const fields = [document.title, document.body, document.keywords, document.reading]
  const terms = new Set(fields.flatMap((field) => indexTerms(field)))
  return {
    docType: document.type,
    docId: document.docId,
    title: document.title,
    excerptSource: document.body,
    url: document.url,
    shownOn: document.shownOn,
    fiscalYear: document.fiscalYear,
    sortAt: document.sortAt,
    councilIds: document.councilIds,
    districtIds: document.districtIds,
    titleNorm: normalizeText(document.title),
    titleTerms: indexTerms(document.title),
    haystack: fields.map((field) => normalizeText(field)).join('\n'),
    terms: [...terms],
  }
}
