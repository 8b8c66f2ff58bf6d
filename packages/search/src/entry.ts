import { SEARCH_TYPES } from '@oneheart/contract'
import { dateTermsOf, findDates, storedDate } from '@oneheart/contract/dates'
import { NORMAL_FORM_VERSION, normalizeText } from './normalize.ts'
import { indexTerms } from './tokens.ts'

/**
 * A term every row carries, naming the normal form its terms and text were written in. No
 * query asks for it ('~' is a separator, so no query word holds one); it tells an index
 * written by older code (see SearchStore.needsRebuild).
 */
export const NORMAL_FORM_TERM = `~nf${NORMAL_FORM_VERSION}`

export { SEARCH_TYPES }
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
  /** How the title alone is read, so a kana query matching it counts as a title hit. */
  titleReading?: string
  /** The days (YYYY-MM-DD) and months (YYYY-MM) the record is about, found by dates typed in a query. */
  dates?: string[]
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
  /** Title, its reading and the date terms of its dates in normal form, one per line: what makes a title hit. */
  titleNorm: string
  /** The terms of the title and its reading, so title hits are found without reading every match. */
  titleTerms: string[]
  /** Title, body, keywords, reading and date terms in normal form, one per line: what every match is checked against. */
  haystack: string
  terms: string[]
}

/**
 * The date terms of a record: those of its own dates, and those of the dates its title and
 * text mention (令和8年2月16日, 3月2日), so a date typed finds both.
 */
export function dateTermsOfDocument(document: Pick<SearchDocument, 'title' | 'body' | 'dates'>): string[] {
  const own = (document.dates ?? []).flatMap((value) => {
    const date = storedDate(value)
    return date ? [date] : []
  })
  const mentioned = [document.title, document.body].flatMap((text) => findDates(text))
  return [...new Set([...own, ...mentioned].flatMap(dateTermsOf))]
}

export function toSearchRow(document: SearchDocument): SearchRow {
  const dateTerms = dateTermsOfDocument(document)
  const fields = [document.title, document.body, document.keywords, document.reading]
  const terms = new Set([...fields.flatMap((field) => indexTerms(field)), ...dateTerms, NORMAL_FORM_TERM])
  // A date in the title (話し合い（7月）) makes a title hit, as a word in it does.
  const titleDates = [...new Set(findDates(document.title).flatMap(dateTermsOf))]
  const titles = [document.title, document.titleReading ?? '', titleDates.join(' ')]
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
    titleNorm: [...new Set(titles.map((title) => normalizeText(title)).filter(Boolean))].join('\n'),
    titleTerms: [...new Set([...[document.title, document.titleReading ?? ''].flatMap((title) => indexTerms(title)), ...titleDates])],
    // Date terms are confirmed here too when a page is read newest first (see store.tierQuery).
    haystack: [...fields, dateTerms.join(' ')].map((field) => normalizeText(field)).join('\n'),
    terms: [...terms],
  }
}
