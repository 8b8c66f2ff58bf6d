/**
 * One normal form for Japanese text, applied to documents and queries alike, so that what a
 * reader types matches however the newsletter (or an old PDF's extracted text) spelled it:
 *
 * - NFKC: full-width ↔ half-width letters and digits, half-width katakana (ﾜﾝﾊｰﾄ → ワンハート)
 * - case folding
 * - katakana → hiragana (ワンハート ≡ わんはーと)
 * - small kana → large, because old PDFs print them large (なつたら finds なったら)
 * - long vowel marks and similar dashes dropped (サポーター ≡ サポータ)
 * - circled numbers read as digits (① by NFKC, ❶ and ➀ here), as meeting summaries number items
 * - every run of spaces, punctuation and symbols becomes one separator
 *
 * Before folding, the damage of extracted text is repaired (repair.ts): spaces between Japanese
 * characters dropped, OCR's look-alike kanji inside katakana words put right.
 */
import { repairText, repairWithMap } from './repair.ts'

/**
 * Which normal form an index row was written with. Raise it whenever normalizeText produces
 * something different for some text: indexes written before are then rebuilt at start
 * (see SearchStore.needsRebuild).
 */
export const NORMAL_FORM_VERSION = 2

const KATAKANA_START = 0x30a1 // ァ
const KATAKANA_END = 0x30f6 // ヶ
const TO_HIRAGANA = 0x60

const SMALL_TO_LARGE: Record<string, string> = {
  ぁ: 'あ',
  ぃ: 'い',
  ぅ: 'う',
  ぇ: 'え',
  ぉ: 'お',
  っ: 'つ',
  ゃ: 'や',
  ゅ: 'ゆ',
  ょ: 'よ',
  ゎ: 'わ',
  ゕ: 'か',
  ゖ: 'け',
}

/** Long vowel marks and the dashes that stand in for them in extracted text. */
const LONG_VOWEL = /[ーｰ—―‐−～〜]/g
/** Dingbat circled numbers ❶–❿, ➀–➉, ➊–➓, which NFKC leaves alone: ten of each. */
const DINGBAT_NUMBER = /[\u2776-\u2793]/g
const dingbatDigits = (char: string) => String(((char.charCodeAt(0) - 0x2776) % 10) + 1)
/** Anything that is not a letter, a digit or a kana/kanji: a word boundary. */
const SEPARATOR = /[^\p{L}\p{N}]+/gu

/** ワンハート → わんはーと; everything else unchanged. */
export function katakanaToHiragana(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0)!
    out += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - TO_HIRAGANA) : char
  }
  return out
}

/** Everything but the separators: width, case, kana, circled numbers and long vowels folded, one character at a time. */
function foldText(text: string): string {
  return katakanaToHiragana(text.normalize('NFKC').toLowerCase().replace(DINGBAT_NUMBER, dingbatDigits))
    .replace(/[ぁぃぅぇぉっゃゅょゎゕゖ]/g, (small) => SMALL_TO_LARGE[small] ?? small)
    .replace(LONG_VOWEL, '')
}

export function normalizeText(text: string): string {
  return foldText(repairText(text)).replace(SEPARATOR, ' ').trim()
}

/** Half-width voiced marks belong to the kana before them (ｶﾞ → ガ), so they fold together. */
const HALF_WIDTH_VOICE_MARK = /[\uFF9E\uFF9F]/

/**
 * The normal form with, for each of its characters, the index in the source text it came
 * from, so a match found in the normal form can be highlighted in the original.
 */
export function normalizeWithMap(text: string): { normalized: string; sourceIndex: number[] } {
  const repair = repairWithMap(text)
  let normalized = ''
  const sourceIndex: number[] = []
  const units = [...repair.repaired]
  let position = 0
  for (let index = 0; index < units.length; index++) {
    let unit = units[index]!
    const start = position
    position += unit.length
    while (index + 1 < units.length && HALF_WIDTH_VOICE_MARK.test(units[index + 1]!)) {
      unit += units[++index]!
      position += 1
    }
    const folded = foldText(unit).replace(SEPARATOR, ' ')
    for (const char of folded) {
      if (char === ' ' && (normalized === '' || normalized.endsWith(' '))) continue
      normalized += char
      for (let k = 0; k < char.length; k++) sourceIndex.push(repair.sourceIndex[start]!)
    }
  }
  if (normalized.endsWith(' ')) {
    normalized = normalized.slice(0, -1)
    sourceIndex.pop()
  }
  return { normalized, sourceIndex }
}
