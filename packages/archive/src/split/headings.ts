import type { Block } from '../layout/block.ts'
import { SENTENCE_END } from '../layout/japanese.ts'
import { blockText } from '../layout/pageText.ts'

/** 【目的】【経緯】【様子】【今後】【感想】 and other bracketed labels: parts inside a story, not headings. */
export const PART_LABEL = /^【([^】]{1,12})】/u

/** A district label standing alone: 「○○地区」「東地区の取り組み」. */
export const DISTRICT_LABEL = /^[^\s。、]{1,12}地区(?:[のでにより][^\s。]{0,20})?$/u

/** A month heading of the meeting summaries: 「8月」「８月 住民企画会議」「令和7年8月の事業推進会議」. */
export const MONTH_HEADING = /^(?:(?:令和|平成)?[0-9０-９元]{1,2}年)?[0-9０-９]{1,2}月(?:[\s　の]*(?:住民企画会議|事業推進会議|[^\s。]{0,12}会議))?$/u

export const GREETING = /^(?:みなさま|皆様|皆さま|みなさん|皆さん)へ/u
/** The coordinators' request box or a contact box, by the words it opens with. */
export const REQUEST_BOX = /^【?(?:コーディネーターへの(?:ご依頼|依頼)|ご依頼|お問い?合わせ|問い?合わせ先)/u

/** Marks that lead a heading by convention in office layouts: ■ 新しい仲間, ◆ 視察のご報告. */
const HEADING_MARK = /^[■□◆◇●▼▽★☆]\s*\S/u
/** Items of a list, never headings: ① サロンの報告, ・ お茶会, → 次回も. */
const LIST_ITEM = /^[①-⑳・→※\-–]/u

/**
 * Whether a block reads as a heading: set larger than the body text (a tenth at least), or a short line
 * standing alone that names a district, a meeting month or the greeting, or is led by a mark.
 */
export function isHeading(block: Block, body: number): boolean {
  const text = blockText(block).trim()
  if (text === '' || PART_LABEL.test(text) || LIST_ITEM.test(text)) return false
  const standsAlone = block.lines.length <= 2 && text.length <= 30 && !SENTENCE_END.test(text)
  if (standsAlone && (DISTRICT_LABEL.test(text) || MONTH_HEADING.test(text) || GREETING.test(text) || HEADING_MARK.test(text))) return true
  return block.size >= body * 1.1 && text.length <= 60
}

/**
 * A kicker: a short line set smaller than the body right above a heading (活動報告, 視察受入れ,
 * 第2層協議体の取り組み). It says what kind of story follows; it is not the story before.
 */
export function isKicker(block: Block, next: Block | undefined, body: number): boolean {
  const text = blockText(block).trim()
  return Boolean(next) && text.length <= 30 && block.lines.length === 1 && block.size < body * 0.97 && !SENTENCE_END.test(text) && isHeading(next!, body)
}
