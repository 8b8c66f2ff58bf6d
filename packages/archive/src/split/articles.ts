import type { ArticleKind } from '@oneheart/contract'
import type { Block } from '../layout/block.ts'
import { joinRunning, SENTENCE_END } from '../layout/japanese.ts'
import { blockText } from '../layout/pageText.ts'
import { GREETING, isHeading, isKicker, MONTH_HEADING, PART_LABEL, REQUEST_BOX } from './headings.ts'

/** A paragraph of an article: running text, or a labelled part (【様子】…). */
export interface Paragraph {
  label?: string
  text: string
}

export interface ArticleDraft {
  title: string
  kind: ArticleKind
  page: number
  paragraphs: Paragraph[]
}

export interface Split {
  greeting: string | null
  articles: ArticleDraft[]
}

interface PageBlocks {
  number: number
  blocks: Block[]
  /** Read by OCR: its line heights are too rough to tell headings by size, only by what they say. */
  ocr: boolean
  /** OCR read this page with low confidence: its text stays whole, one article, for review. */
  needsReview: boolean
}

const MASTHEAD = /ワンハート|SC通信|コーディネーター通信|第\s*[0-9０-９]{1,4}\s*号|(?:令和|平成)\s*[0-9０-９元]{1,2}\s*年|(?:19|20)[0-9]{2}\s*年/u
const FOOTER = /^(?:発行|編集|発行元|編集・発行|問い?合わせ先?)[\s：:・]|^(?:発行|編集)/u
const MAX_TITLE = 60

const titleOf = (text: string) => {
  const line = text.split('\n')[0]!.trim()
  return line.length > MAX_TITLE ? `${line.slice(0, MAX_TITLE - 1)}…` : line
}

/** What kind of story a heading and the labels above it (kicker, district) announce. */
function kindOf(heading: string, labels: string[]): ArticleKind {
  const all = [heading, ...labels].join(' ')
  if (MONTH_HEADING.test(heading) || /住民企画会議|事業推進会議|協議体の話し合い/u.test(all)) return 'meeting-summary'
  if (REQUEST_BOX.test(heading)) return 'notice'
  if (/視察/u.test(all)) return 'visit'
  if (/開催報告/u.test(all)) return 'event-report'
  // An announcement in a back issue is a notice: its sessions are long past, and an
  // event-announcement without a linked event would hold up publishing the issue.
  if (/お知らせ|ご案内|開催します|募集/u.test(heading)) return 'notice'
  if (/協議体の取り組み|協議体/u.test(all) && !/活動報告/u.test(all)) return 'council-story'
  return 'activity-report'
}

/** A block's paragraphs, with bracketed labels split off as parts. */
function paragraphsOf(block: Block): Paragraph[] {
  return blockText(block)
    .split('\n')
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => {
      const label = PART_LABEL.exec(text)
      return label ? { label: label[1]!, text: text.slice(label[0].length).trim() } : { text }
    })
}

/** Appends a paragraph, continuing the last one when it stopped mid-sentence (a column or page break). */
function append(article: ArticleDraft, paragraph: Paragraph, continues: boolean): void {
  const last = article.paragraphs.at(-1)
  if (last && continues && !paragraph.label && !SENTENCE_END.test(last.text)) last.text = joinRunning(last.text, paragraph.text)
  else article.paragraphs.push(paragraph)
}

const pageArticle = (page: PageBlocks): ArticleDraft => ({
  title: `${page.number}ページ`,
  kind: 'activity-report',
  page: page.number,
  paragraphs: page.blocks.flatMap(paragraphsOf),
})

/**
 * Cuts an issue into articles where its structure shows: headings (set larger, or standing alone),
 * district labels, meeting-summary months, the greeting, the request box and the footer. The
 * masthead is left out; 【】 labels become parts of the story they sit in. When the structure does
 * not show (no heading anywhere), or OCR was unsure of a page, a page is kept whole as one article
 * rather than cut wrongly.
 */
export function splitArticles(pages: PageBlocks[], textBody: number): Split {
  const bodyOf = (page: PageBlocks) => (page.ocr ? Infinity : textBody)
  const headed = pages.some((page) => page.blocks.some((block) => isHeading(block, bodyOf(page)) && !GREETING.test(blockText(block))))
  let greeting: string | null = null
  const articles: ArticleDraft[] = []
  let current: ArticleDraft | null = null
  let inGreeting = false
  let inMasthead = true
  /** Kickers and district labels waiting for the heading they stand above. */
  const labels: string[] = []

  for (const page of pages) {
    if (!headed || page.needsReview) {
      articles.push(pageArticle(page))
      current = null
      inMasthead = false
      continue
    }
    const body = bodyOf(page)
    page.blocks.forEach((block, index) => {
      const text = blockText(block).trim()
      if (!text) return
      if (inMasthead && page.number === 1 && MASTHEAD.test(text) && text.length <= 80) return
      const heading = isHeading(block, body)
      inMasthead = false
      if (heading && GREETING.test(text)) {
        inGreeting = true
        current = null
        const after = text.replace(GREETING, '').trim()
        if (after) greeting = after
        return
      }
      const footer = !heading && FOOTER.test(text) && page.number === pages.length
      if (!heading && (footer || REQUEST_BOX.test(text))) {
        // A box or the footer stands on its own; the story around it goes on after it.
        articles.push({
          title: footer ? '発行・お問い合わせ' : titleOf(text.replace(PART_LABEL, '$1')),
          kind: 'notice',
          page: page.number,
          paragraphs: paragraphsOf(block),
        })
        return
      }
      if (isKicker(block, page.blocks[index + 1], body)) {
        labels.push(text)
        return
      }
      if (heading) {
        inGreeting = false
        if (MONTH_HEADING.test(text) && current?.kind === 'meeting-summary') {
          current.paragraphs.push({ text: `■${text}` })
          return
        }
        if (current && current.paragraphs.length === 0 && articles.at(-1) === current) {
          // A label heading (豊岡地区) right above the story's own heading: one story, labelled.
          labels.unshift(current.title)
          articles.pop()
        }
        const storyLabels = labels.splice(0)
        current = {
          title: titleOf(text),
          kind: kindOf(text, storyLabels),
          page: page.number,
          paragraphs: storyLabels.length ? [{ text: storyLabels.join('・') }] : [],
        }
        articles.push(current)
        return
      }
      if (inGreeting) {
        greeting = greeting ? joinRunning(greeting, text) : text
        return
      }
      if (!current) {
        current = { title: `${page.number}ページの記事`, kind: 'activity-report', page: page.number, paragraphs: [] }
        articles.push(current)
      }
      const continues = index === 0 || !isHeading(page.blocks[index - 1]!, body)
      for (const paragraph of paragraphsOf(block)) append(current, paragraph, continues)
    })
  }
  return { greeting, articles: articles.filter((article) => article.paragraphs.length > 0) }
}

/** An article's paragraphs as one text: labels kept in their brackets, as printed. */
export const articleText = (article: ArticleDraft) =>
  article.paragraphs.map((paragraph) => (paragraph.label ? `【${paragraph.label}】${paragraph.text}` : paragraph.text)).join('\n\n')
