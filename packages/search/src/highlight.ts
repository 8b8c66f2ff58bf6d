import { normalizeWithMap } from './normalize.ts'
import { readPieces } from './readings.ts'
import { findWords, mergeRanges, snippetAround, snippetText, type Snippet, type TextRange } from './snippet.ts'

const WIDTH = 90
const KANA_WORD = /^[\p{Script=Hiragana} ]+$/u
const KANJI = /[\p{Script=Han}々〆ヶ]/u
/** A text is read a sentence at a time, so a long one is read only as far as the snippet needs. */
const SENTENCE = /[^\n。！？!?]*[\n。！？!?]?/g

/** Query words that may be written in kanji where they appear: those in kana alone. */
const kanaWords = (words: string[]) => words.filter((word) => KANA_WORD.test(word))

/**
 * Where kana words appear in a piece of text when it is read aloud, as ranges of the written
 * text: しもおおるい marks 下大類, たすけあい marks 助け合い. A match inside a kanji run marks
 * the whole run, since the dictionary does not say which kanji reads which kana.
 */
async function findInReading(text: string, offset: number, words: string[]): Promise<TextRange[]> {
  const pieces = await readPieces(text)
  const reading = pieces.map((piece) => piece.reading).join('')
  const pieceAt: number[] = []
  pieces.forEach((piece, index) => {
    for (let k = 0; k < piece.reading.length; k++) pieceAt.push(index)
  })
  const { normalized, sourceIndex } = normalizeWithMap(reading)
  const found: TextRange[] = []
  for (const word of words) {
    for (let at = normalized.indexOf(word); at !== -1; at = normalized.indexOf(word, at + word.length)) {
      const first = pieces[pieceAt[sourceIndex[at]!]!]!
      const last = pieces[pieceAt[sourceIndex[at + word.length - 1]!]!]!
      found.push({ start: offset + first.start, end: offset + last.end })
    }
  }
  return found
}

/**
 * Like makeSnippet, and kana words are also found where the text writes them in kanji
 * (しもおおるい marks 下大類). Sentences are read only as far as the passage shown needs.
 */
export async function readingSnippet(source: string, words: string[], width = WIDTH): Promise<Snippet> {
  const text = snippetText(source)
  const found = findWords(text, words)
  const kana = kanaWords(words)
  if (!kana.length || !KANJI.test(text)) return snippetAround(text, found, width)
  let first = found.reduce((min, hit) => Math.min(min, hit.start), Infinity)
  for (const sentence of text.matchAll(SENTENCE)) {
    if (!sentence[0] || sentence.index > first + width) break
    if (!KANJI.test(sentence[0])) continue
    const hits = await findInReading(sentence[0], sentence.index, kana)
    found.push(...hits)
    for (const hit of hits) first = Math.min(first, hit.start)
  }
  return snippetAround(text, found, width)
}

/** The ranges of a title to mark for the words, in its spelling or as it is read. */
export async function titleHighlights(title: string, words: string[]): Promise<TextRange[]> {
  const found = findWords(title, words)
  const kana = kanaWords(words)
  if (kana.length && KANJI.test(title)) found.push(...(await findInReading(title, 0, kana)))
  return mergeRanges(found)
}
