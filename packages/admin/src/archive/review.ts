// What the editor corrects between the dry run and the import: pure, so it runs in the browser
// and in unit tests alike.
import type { ImportOptions, ImportPreview, ProposedLink } from '@oneheart/archive/result'
import type { ArticleKind } from '@oneheart/contract'
import { parseCalendarDate } from '@oneheart/contract/input'
import { formatEraDate } from '@oneheart/ui/dates'

export interface ReviewedLink extends ProposedLink {
  /** The editor confirms a proposed link by leaving it ticked. */
  keep: boolean
}

export interface ReviewedArticle {
  /** Stable across merges and drops, for React and for labels' ids. */
  key: string
  title: string
  kind: ArticleKind
  page: number
  text: string
  links: ReviewedLink[]
  dropped: boolean
}

/** One file's detected values as the editor sees and types them. */
export interface Review {
  number: string
  issuedOn: string
  title: string
  /**
   * The importer names an issue after its number and date (第23号（令和7年8月）): a title the
   * editor left alone is not sent, so it follows a corrected number or date.
   */
  titleEdited: boolean
  articles: ReviewedArticle[]
}

export function reviewOf(preview: ImportPreview): Review {
  return {
    number: preview.number === null ? '' : String(preview.number),
    issuedOn: preview.issuedOn ? eraOrAsIs(preview.issuedOn) : '',
    title: preview.title,
    titleEdited: false,
    articles: preview.articles.map((article, index) => ({
      key: `a${index}`,
      title: article.title,
      kind: article.kind,
      page: article.page,
      text: article.text,
      links: article.links.map((link) => ({ ...link, keep: true })),
      dropped: false,
    })),
  }
}

function eraOrAsIs(value: string): string {
  try {
    return formatEraDate(value, { weekday: false })
  } catch {
    return value
  }
}

type Read<T> = { ok: true; value: T } | { ok: false; message: string }

/** 号数 as typed: 12, １２ or 第12号; empty means "not known", which the importer accepts as a draft. */
export function readNumber(typed: string): Read<number | null> {
  const text = typed.normalize('NFKC').replace(/\s+/g, '')
  if (text === '') return { ok: true, value: null }
  const digits = /^第?(\d+)号?$/.exec(text)?.[1]
  const value = digits === undefined ? Number.NaN : Number(digits)
  if (!Number.isInteger(value) || value < 1 || value > 9999)
    return { ok: false, message: `号数「${typed.trim()}」を読めませんでした。12 のように数字で入れてください（1〜9999）。` }
  return { ok: true, value }
}

/** 発行日 as typed (令和7年8月, 2025-08, R7.8.1 …): a day or, as back issues print it, a month. */
export function readIssuedOn(typed: string): Read<string | null> {
  const text = typed.trim()
  if (text === '') return { ok: true, value: null }
  const parsed = parseCalendarDate(text, { allowMonth: true })
  if (parsed.ok) return { ok: true, value: parsed.value }
  const why = typeof parsed.reason === 'object' ? `${parsed.reason.weekday}曜日ではなく${parsed.reason.actual}曜日です。` : ''
  return { ok: false, message: `発行日「${text}」を日付として読めませんでした。${why}令和7年8月、2025-08、令和7年8月1日 のように入れてください。` }
}

/** The article before `index` that is still kept, which a merge joins onto. */
export function keptBefore(articles: ReviewedArticle[], index: number): number {
  for (let at = index - 1; at >= 0; at -= 1) if (!articles[at]?.dropped) return at
  return -1
}

/**
 * Joins an article onto the kept one before it: the splitter cut a story in two. The earlier
 * article keeps its title, kind and page; text follows text, links are joined without repeats.
 */
export function mergeWithPrevious(articles: ReviewedArticle[], index: number): ReviewedArticle[] {
  const target = keptBefore(articles, index)
  const previous = articles[target]
  const current = articles[index]
  if (!previous || !current) return articles
  const seen = new Set(previous.links.map(linkKey))
  const merged: ReviewedArticle = {
    ...previous,
    text: [previous.text.trimEnd(), current.title.trim(), current.text.trim()].filter(Boolean).join('\n\n'),
    links: [...previous.links, ...current.links.filter((link) => !seen.has(linkKey(link)))],
  }
  return articles.flatMap((article, at) => (at === target ? [merged] : at === index ? [] : [article]))
}

const linkKey = (link: ProposedLink) => `${link.collection}:${link.id}`

export type Corrections = Pick<ImportOptions, 'number' | 'issuedOn' | 'title' | 'articles'>

// The endpoint's limits (POST /api/archive/import), said here in the editor's words before sending.
export const LIMITS = { issueTitle: 80, articleTitle: 120, articleText: 40_000 } as const

/**
 * What the import is sent with, or the problems to fix first (in Japanese, each naming the box).
 * Dropped articles are left out; only ticked links go along. Publishing needs a number and a
 * date: without them the importer would keep a draft, and the screen would say otherwise.
 */
export function correctionsOf(review: Review, options: { publish: boolean }): { ok: true; value: Corrections } | { ok: false; problems: string[] } {
  const problems: string[] = []
  const number = readNumber(review.number)
  const issuedOn = readIssuedOn(review.issuedOn)
  if (!number.ok) problems.push(number.message)
  if (!issuedOn.ok) problems.push(issuedOn.message)
  if (options.publish && number.ok && issuedOn.ok && (number.value === null || issuedOn.value === null)) {
    problems.push('すぐに公開するには号数と発行日が要ります。入れるか、「下書きとして取り込む」を選んでください。')
  }
  const title = review.title.trim()
  if (review.titleEdited && title === '') problems.push('号のタイトルを入れてください。')
  if (review.titleEdited && title.length > LIMITS.issueTitle) problems.push(`号のタイトルは${LIMITS.issueTitle}字までにしてください（いま${title.length}字）。`)
  const kept = review.articles.filter((article) => !article.dropped)
  kept.forEach((article, index) => {
    const which = `${index + 1}番目の記事（${article.page}ページ）`
    const articleTitle = article.title.trim()
    if (articleTitle === '') problems.push(`${which}のタイトルを入れてください。`)
    if (articleTitle.length > LIMITS.articleTitle)
      problems.push(`${which}のタイトルは${LIMITS.articleTitle}字までにしてください（いま${articleTitle.length}字）。`)
    if (article.text.length > LIMITS.articleText)
      problems.push(
        `${which}の本文は${LIMITS.articleText.toLocaleString('ja-JP')}字までにしてください（いま${article.text.length.toLocaleString('ja-JP')}字）。`,
      )
  })
  if (!number.ok || !issuedOn.ok || problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    value: {
      number: number.value ?? undefined,
      issuedOn: issuedOn.value ?? undefined,
      title: review.titleEdited ? title : undefined,
      articles: kept.map((article) => ({
        title: article.title.trim(),
        kind: article.kind,
        page: article.page,
        text: article.text,
        links: article.links.filter((link) => link.keep).map(({ keep: _keep, ...link }) => link),
      })),
    },
  }
}
