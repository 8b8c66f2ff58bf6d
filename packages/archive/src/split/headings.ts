import type { Block } from '../layout/block.ts'
import { blockText } from '../layout/pageText.ts'
import { SENTENCE_END } from '../layout/japanese.ts'

/** 【目的】【経緯】【様子】【今後】【感想】 and other bracketed labels: parts inside a story, not headings. */
export const PART_LABEL = /^【([^】]{1,12})】/u

/** A district label standing alone: 「○○地区」「東地区の取り組み」. */
export const DISTRICT_LABEL = /^[^\s。、]{1,12}地区(?:[のでにより][^\s。]{0,20})?$/u

/** A month heading of the meeting summaries: 「8月」「８月 住民企画会議」「令和7年8月の事業推進会議」. */
export const MONTH_HEADING = /^(?:(?:令和|平成)?[0-9０-９元]{1,2}年)?[0-9０-９]{1,2}月(?:[\s　の]*(?:住民企画会議|事業推進会議|[^\s。]{0,12}会議))?$/u

export const GREETING = /^(?:みなさま|皆様|皆さま|みなさん|皆さん)へ/u
export const REQUEST_BOX = /コーディネーターへの(?:ご依頼|依頼)|ご依頼(?:の|は)|お問い?合わせ/u

/**
 * Whether a block reads as a heading: set larger than the body text, or a short line standing
 * alone that does not end a sentence (OCR gives no sizes worth trusting for short lines).
 */
export function isHeading(block: Block, body: number): boolean {
  const text = blockText(block).trim()
  if (text === '' || PART_LABEL.test(text)) return false
  if (DISTRICT_LABEL.test(text) || MONTH_HEADING.test(text) || GREETING.test(text)) return true
  const short = text.length <= 30 && block.lines.length <= 2 && !SENTENCE_END.test(text)
  return block.size >= body * 1.15 ? text.length <= 60 : short && block.lines.length === 1 && text.length <= 24 && !/[、。]/u.test(text)
}
