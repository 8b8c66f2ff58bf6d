import { normalizeWithMap } from './normalize.ts'
import { type ReadPiece, readPieces } from './readings.ts'
import { findWords, LEAD, mergeRanges, type Snippet, snippetAround, snippetText, type TextRange, WIDTH } from './snippet.ts'

/** How far into a text a kana word is looked for in kanji when it is not found as written. */
const MAX_SCAN = 300
const KANA_WORD = /^[\p{Script=Hiragana} ]+$/u
const KANJI = /[\p{Script=Han}々〆ヶ]/u
/** A text is read a sentence at a time, so a long one is read only as far as the snippet needs. */
const SENTENCE = /[^\n。！？!?]*[\n。！？!?]?/g

/** Query words that may be written in kanji where they appear: those in kana alone. */
const kanaWords = (words: string[]) => words.filter((word) => KANA_WORD.test(word))

/** A sentence as read aloud, in normal form, with the piece each of its characters came from. */
interface ReadSentence {
  pieces: ReadPiece[]
  normalized: string
  pieceOf: number[]
}

async function readSentence(text: string): Promise<ReadSentence> {
  const pieces = await readPieces(text)
  const pieceAt = pieces.flatMap((piece, index) => Array.from({ length: piece.reading.length }, () => index))
  const { normalized, sourceIndex } = normalizeWithMap(pieces.map((piece) => piece.reading).join(''))
  return { pieces, normalized, pieceOf: sourceIndex.map((at) => pieceAt[at]!) }
}

/** Sentences already read (the same records come back query after query, and while typing). */
const readCache = new Map<string, Promise<ReadSentence>>()
const READ_CACHE_SIZE = 4000

function cachedReadSentence(text: string): Promise<ReadSentence> {
  let read = readCache.get(text)
  if (!read) {
    read = readSentence(text).catch((error: unknown) => {
      readCache.delete(text)
      throw error
    })
    if (readCache.size >= READ_CACHE_SIZE) readCache.delete(readCache.keys().next().value!)
    readCache.set(text, read)
  }
  return read
}

/**
 * Where kana words appear in a piece of text when it is read aloud, as ranges of the written
 * text: しもおおるい marks 下大類, たすけあい marks 助け合い. A match inside a kanji run marks
 * the whole run, since the dictionary does not say which kanji reads which kana.
 */
async function findInReading(text: string, offset: number, words: string[]): Promise<TextRange[]> {
  const { pieces, normalized, pieceOf } = await cachedReadSentence(text)
  const found: TextRange[] = []
  for (const word of words) {
    for (let at = normalized.indexOf(word); at !== -1; at = normalized.indexOf(word, at + word.length)) {
      const first = pieces[pieceOf[at]!]!
      const last = pieces[pieceOf[at + word.length - 1]!]!
      found.push({ start: offset + first.start, end: offset + last.end })
    }
  }
  return found
}

/**
 * Like makeSnippet, and kana words are also found where the text writes them in kanji
 * (しもおおるい marks 下大類). Reading costs (some 30 ms for a 1,000-character article), so only the
 * sentences of the passage shown are read when a word was found as written, and otherwise
 * only the first MAX_SCAN characters: a match further on shows the text's beginning.
 */
export async function readingSnippet(source: string, words: string[], width = WIDTH): Promise<Snippet> {
  const text = snippetText(source)
  const found = findWords(text, words)
  const kana = kanaWords(words)
  if (!kana.length || !KANJI.test(text)) return snippetAround(text, found, width)
  let first = found.reduce((min, hit) => Math.min(min, hit.start), Infinity)
  const windowStart = first === Infinity ? 0 : Math.max(0, first - LEAD)
  for (const sentence of text.matchAll(SENTENCE)) {
    const end = sentence.index + sentence[0].length
    if (!sentence[0] || sentence.index >= (first === Infinity ? MAX_SCAN : first - LEAD + width)) break
    if (end <= windowStart || !KANJI.test(sentence[0])) continue
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
