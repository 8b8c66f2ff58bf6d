import { createHash } from 'node:crypto'
import { parseCalendarDate } from '@oneheart/contract/input'
import { findIssueDate } from './detect/issueDate.ts'
import { findIssueNumber } from './detect/issueNumber.ts'
import { eraDate } from './era.ts'
import { type ImportLimits, refuseOversize } from './limits.ts'
import { type LinkTarget, proposeLinks } from './link/proposeLinks.ts'
import { type ReadPage, readDocument } from './read/readDocument.ts'
import { ArchiveRefusal } from './refusal.ts'
import type { ImportOptions, ImportPreview, SplitArticle } from './result.ts'
import { articleText, splitArticles } from './split/articles.ts'

export interface Analysis {
  bytes: Uint8Array
  hash: string
  /** The editor confirmed the articles and their links (admin screen); otherwise links are only proposed. */
  linksConfirmed: boolean
  pages: ReadPage[]
  preview: ImportPreview
  warnings: string[]
}

/** The SHA-256 of a file's bytes: the same file imported twice is found by it. */
export const sourceHashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/**
 * Checks what a person typed for the date: YYYY-MM or YYYY-MM-DD, or as offices write it
 * (令和7年8月, ２０２５年８月１日, 2025/8); a month or a day that exists.
 */
export function typedIssueDate(value: string): string {
  const typed = value.normalize('NFKC').trim()
  const parsed = /^\d{4}-\d{2}(-\d{2})?$/.test(typed) ? parseCalendarDate(typed, { allowMonth: true }) : null
  if (parsed?.ok) return parsed.value
  const written = findIssueDate([typed])
  const bare = (text: string) => text.replace(/\s+/gu, '').replace(/(号|発行)$/u, '')
  if (written && bare(written.source) === bare(typed)) return written.value
  throw new ArchiveRefusal(400, `発行日「${value}」が読めません。2025-08、2025-08-01、令和7年8月 のように書いてください。`)
}

export function typedIssueNumber(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 9999)
    throw new ArchiveRefusal(400, `号数「${value}」が読めません。1から9999までの数字で書いてください。`)
  return value
}

function titleFor(number: number | null, issuedOn: string | null, fileName: string): string {
  if (number && issuedOn) return `第${number}号（${eraDate(issuedOn)}）`
  if (number) return `第${number}号`
  if (issuedOn) return `${eraDate(issuedOn)}の号`
  return `過去の号（${fileName.replace(/\.pdf$/iu, '').slice(0, 60)}）`
}

/**
 * Reads a PDF back issue without writing anything: its pages, the date and number it prints,
 * its articles and the links they propose. The editor's corrections (number, date, title,
 * articles) take the place of what was detected.
 */
export async function analyzePdf(
  bytes: Uint8Array,
  options: ImportOptions & { limits: ImportLimits; targets: LinkTarget[]; thumbnails: boolean; hash?: string },
): Promise<Analysis> {
  if (bytes.byteLength === 0) throw new ArchiveRefusal(400, 'ファイルが空です。紙面のPDFを選んでください。')
  refuseOversize(bytes.byteLength, options.limits)
  const issuedOnGiven = options.issuedOn ? typedIssueDate(options.issuedOn) : null
  const numberGiven = options.number !== undefined ? typedIssueNumber(options.number) : null
  const { pages, body } = await readDocument(bytes, { limits: options.limits, thumbnails: options.thumbnails, onPage: options.onPage })

  const warnings: string[] = []
  const raw = pages.map((page) => page.rawText)
  const foundDate = issuedOnGiven ? null : findIssueDate(raw)
  const foundNumber = numberGiven ? null : findIssueNumber(raw)
  const issuedOn = issuedOnGiven ?? foundDate?.value ?? null
  const number = numberGiven ?? foundNumber?.value ?? null
  if (!issuedOn) warnings.push('発行日が紙面から見つかりませんでした。発行日を入れてから公開してください（下書きとして取り込みます）。')
  if (!number) warnings.push('号数が紙面から見つかりませんでした。号数を入れてから公開してください（下書きとして取り込みます）。')
  for (const page of pages.filter((page) => page.needsReview)) {
    warnings.push(`${page.number}ページは画像から読み取りましたが、確からしさが${page.confidence}%と低めです。元のPDFと見比べてください。`)
  }

  const split = options.articles ? null : splitArticles(pages, body)
  const articles: SplitArticle[] = options.articles
    ? options.articles.map((article) => ({ ...article, links: article.links ?? proposeLinks(article.text, options.targets) }))
    : split!.articles.map((draft) => {
        const text = articleText(draft)
        return { title: draft.title, kind: draft.kind, page: draft.page, text, links: proposeLinks(text, options.targets) }
      })
  if (articles.length === 0) warnings.push('記事に分けられませんでした。ページの文字はそのまま残しています。')
  const preview: ImportPreview = {
    number,
    issuedOn,
    title: options.title?.trim() || titleFor(number, issuedOn, options.fileName),
    greeting: split?.greeting ?? null,
    pages: pages.map(({ number: page, text, ocr, confidence, needsReview }) => ({ number: page, text, ocr, confidence, needsReview })),
    articles,
  }
  return { bytes, hash: options.hash ?? sourceHashOf(bytes), linksConfirmed: Boolean(options.articles), pages, preview, warnings }
}
