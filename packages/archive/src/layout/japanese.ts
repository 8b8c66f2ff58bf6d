/** Characters of Japanese writing: kana, kanji, the iteration mark, full-width punctuation and forms. */
export const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/u

const SPACE_BETWEEN_JAPANESE =
  /([\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60])[ \t\u3000]+(?=[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60])/gu

/** Drops the spaces OCR and some exports put between Japanese characters (地 域 → 地域). */
export function withoutSpacesBetweenJapanese(text: string): string {
  return text.replace(SPACE_BETWEEN_JAPANESE, '$1')
}

/** Joins two pieces of running text: nothing between Japanese, one space between words of Latin script. */
export function joinRunning(left: string, right: string): string {
  if (left === '') return right
  if (right === '') return left
  const last = left.at(-1)!
  const first = right[0]!
  return JAPANESE.test(last) || JAPANESE.test(first) ? left + right : `${left} ${right}`
}

/** Ends a sentence or a quoted remark: a line ending so may end a paragraph. */
export const SENTENCE_END = /[。．.！!？?」』）)]$/u

const OCR_SPACE =
  /([\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\uff60])[ \t]+(?=[0-9()（）[\]「」.,:：])|([0-9()（）[\]「」.,:：])[ \t]+(?=[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\uff60])/gu

/** OCR also spaces digits and brackets off the Japanese beside them (第 2 層, (4 月 )): joined again. */
export function withoutOcrSpaces(text: string): string {
  return withoutSpacesBetweenJapanese(text.replace(OCR_SPACE, '$1$2')).replace(OCR_SPACE, '$1$2')
}
