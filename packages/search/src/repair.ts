/**
 * Damage that text extracted from old PDFs carries, undone for matching only (the stored text
 * keeps it). These repairs need a character's neighbours, so they run on the source text before
 * normalize.ts folds character by character; both steps are used for documents and queries alike.
 *
 * - Stray spaces: PDF extraction and OCR put spaces (and line breaks) between Japanese
 *   characters (「地 域 の サ ロ ン」, 第 23 号). Japanese does not separate words with spaces, so
 *   whitespace next to a Japanese character, with a letter or digit on its other side, is dropped.
 *   Whitespace between two Latin words (One Heart) stays a word boundary.
 * - Look-alike kanji read by OCR inside a katakana word: サ一ビス (kanji one) is サービス, サ口ン
 *   (kanji mouth) is サロン. Only between two katakana, where the kanji never stands in real
 *   text, so 一人, 人口 and 入口 are left as they are.
 */

/** Kana, kanji and the marks that belong to them (々, 〆, ー, half-width voice marks). */
const JAPANESE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々〆〇ー\\uFF70\\uFF9E\\uFF9F'
const KATAKANA = '\\p{Script=Katakana}ー\\uFF70\\uFF9E\\uFF9F'
const LETTER_OR_DIGIT = '\\p{L}\\p{N}'

const STRAY_SPACE = new RegExp(`(?<=[${JAPANESE}])\\s+(?=[${LETTER_OR_DIGIT}])|(?<=[${LETTER_OR_DIGIT}])\\s+(?=[${JAPANESE}])`, 'gu')

/** Kanji (and dashes) that OCR reads for the katakana or long vowel mark they resemble. */
const LOOK_ALIKES: Record<string, string> = {
  一: 'ー',
  '-': 'ー',
  '－': 'ー',
  '–': 'ー',
  口: 'ロ',
  力: 'カ',
  工: 'エ',
  夕: 'タ',
  二: 'ニ',
  卜: 'ト',
  八: 'ハ',
}
const LOOK_ALIKE = new RegExp(`(?<=[${KATAKANA}])[一口力工夕二卜八\\-－–](?=[${KATAKANA}])`, 'gu')

const fixLookAlikes = (text: string) => text.replace(LOOK_ALIKE, (char) => LOOK_ALIKES[char] ?? char)

/** The text with stray spaces dropped and look-alikes put right. */
export function repairText(text: string): string {
  return fixLookAlikes(text.replace(STRAY_SPACE, ''))
}

/**
 * repairText, with the index in `text` of each UTF-16 unit of the result, so a match found in
 * the repaired text can be marked in the original.
 */
export function repairWithMap(text: string): { repaired: string; sourceIndex: number[] } {
  const sourceIndex: number[] = []
  let kept = ''
  let at = 0
  for (const stray of text.matchAll(STRAY_SPACE)) {
    kept += text.slice(at, stray.index)
    for (let index = at; index < stray.index; index++) sourceIndex.push(index)
    at = stray.index + stray[0].length
  }
  kept += text.slice(at)
  for (let index = at; index < text.length; index++) sourceIndex.push(index)
  // Look-alikes are replaced one unit for one, so the map stays as it is.
  return { repaired: fixLookAlikes(kept), sourceIndex }
}
