import { createRequire } from 'node:module'
import path from 'node:path'
import { type IpadicFeatures, TokenizerBuilder } from '@patdx/kuromoji'
import NodeDictionaryLoader from '@patdx/kuromoji/node'
import { katakanaToHiragana } from './normalize.ts'

type Tokenizer = { tokenize(text: string): IpadicFeatures[] }

/** A piece of text and, when it holds kanji, how it is read (in hiragana). */
export interface ReadingSegment {
  text: string
  reading: string | null
}

const KANJI = /[\p{Script=Han}々〆ヶ]/u

function dictionaryPath(): string {
  // The package exports only its entry point; the dictionary sits beside its build folder.
  const require = createRequire(path.join(process.cwd(), 'noop.js'))
  return path.join(path.dirname(require.resolve('@patdx/kuromoji')), '..', 'dict') + path.sep
}

let tokenizer: Promise<Tokenizer> | undefined

/** The morphological analyser, loaded once per process (about 0.6 s and 200 MB). */
function loadTokenizer(): Promise<Tokenizer> {
  tokenizer ??= new TokenizerBuilder({ loader: new NodeDictionaryLoader({ dic_path: dictionaryPath() }) }).build().catch((error: unknown) => {
    tokenizer = undefined
    throw error
  })
  return tokenizer
}

/** The text cut into words, each with its reading when it contains kanji and the dictionary knows it. */
export async function readingSegments(text: string): Promise<ReadingSegment[]> {
  if (!KANJI.test(text)) return [{ text, reading: null }]
  const tokens = (await loadTokenizer()).tokenize(text)
  return tokens.map((token) => {
    const known = token.reading && token.reading !== '*'
    return { text: token.surface_form, reading: known && KANJI.test(token.surface_form) ? katakanaToHiragana(token.reading!) : null }
  })
}

/** The whole text as it is read aloud, in kana: 居場所 → いばしょ. Unknown words stay as written. */
export async function readingOf(text: string): Promise<string> {
  const segments = await readingSegments(text)
  return segments.map((segment) => segment.reading ?? segment.text).join('')
}

/** A piece of a text: where it is, [start, end), and how it is read in kana. */
export interface ReadPiece {
  start: number
  end: number
  reading: string
}

/**
 * The text as it is read aloud, piece by piece, each piece knowing where it stands in the
 * text: a word's kanji run (下大類 → しもおおるい) or its kana as written (け of 助け), so a
 * match in the reading can be marked in the written text.
 */
export async function readPieces(text: string): Promise<ReadPiece[]> {
  const pieces: ReadPiece[] = []
  let at = 0
  for (const segment of await readingSegments(text)) {
    const runs = segment.reading ? alignReading(segment.text, segment.reading) : [{ text: segment.text, ruby: null }]
    for (const run of runs) {
      pieces.push({ start: at, end: at + run.text.length, reading: run.ruby ?? run.text })
      at += run.text.length
    }
  }
  return pieces
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A piece of text with, over its kanji, the reading to print above it (furigana). */
export interface RubySegment {
  text: string
  ruby: string | null
}

/**
 * Splits a word and its reading so the reading sits only over the kanji, never over the kana
 * written beside them (送り仮名): 助け合い/たすけあい → 助(たす) け 合(あ) い.
 */
export function alignReading(surface: string, reading: string): RubySegment[] {
  const runs = surface.match(/[\p{Script=Han}々〆ヶ]+|[^\p{Script=Han}々〆ヶ]+/gu) ?? []
  const pattern = runs.map((run) => (KANJI.test(run) ? '(.+?)' : `(${escapeRegExp(katakanaToHiragana(run))})`)).join('')
  const match = new RegExp(`^${pattern}$`, 'u').exec(reading)
  if (!match) return [{ text: surface, ruby: reading }]
  return runs.map((run, index) => ({ text: run, ruby: KANJI.test(run) ? match[index + 1]! : null }))
}

/**
 * The text with a reading over every kanji word the dictionary knows. `known` gives readings
 * the dictionary gets wrong, such as local names (八幡 is やわた in Takasaki, not やはた); the
 * longest known name wins where two overlap.
 */
export async function rubySegments(text: string, known: ReadonlyMap<string, string> = new Map()): Promise<RubySegment[]> {
  const names = [...known.keys()].filter((name) => KANJI.test(name) && text.includes(name)).sort((a, b) => b.length - a.length)
  if (names.length === 0) {
    const segments = await readingSegments(text)
    return segments.flatMap((segment) => (segment.reading ? alignReading(segment.text, segment.reading) : [{ text: segment.text, ruby: null }]))
  }
  const pattern = new RegExp(`(${names.map(escapeRegExp).join('|')})`, 'u')
  const pieces = text.split(pattern).filter(Boolean)
  const parts = await Promise.all(pieces.map((piece) => (known.has(piece) ? alignReading(piece, known.get(piece)!) : rubySegments(piece))))
  return parts.flat()
}
