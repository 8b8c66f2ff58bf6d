import { describe, expect, it } from 'vitest'
import { normalizeText, normalizeWithMap } from './normalize.ts'

describe('normalizeText', () => {
  it('folds full-width and half-width forms (NFKC)', () => {
    expect(normalizeText('ﾜﾝﾊｰﾄ')).toBe(normalizeText('ワンハート'))
    expect(normalizeText('ＳＣ通信２０２６')).toBe('sc通信2026')
  })

  it('folds case', () => {
    expect(normalizeText('One Heart')).toBe('one heart')
  })

  it('reads katakana and hiragana as the same', () => {
    expect(normalizeText('サロン')).toBe(normalizeText('さろん'))
    expect(normalizeText('ワンハート')).toBe('わんはと')
  })

  it('treats small kana as large, as old PDFs print them', () => {
    expect(normalizeText('なったら')).toBe(normalizeText('なつたら'))
    expect(normalizeText('ちょっと')).toBe('ちよつと')
    expect(normalizeText('ヴァイオリン')).toBe(normalizeText('ゔあいおりん'))
  })

  it('drops long vowel marks and the dashes extracted text uses for them', () => {
    expect(normalizeText('サポーター')).toBe(normalizeText('サポータ'))
    expect(normalizeText('サポ―タ―')).toBe(normalizeText('サポーター'))
  })

  it('turns spaces, punctuation and symbols into single separators', () => {
    expect(normalizeText('  居場所、　サロン！（月2回）  ')).toBe('居場所 さろん 月2回')
    expect(normalizeText('「のぶこちゃんち」')).toBe('のぶこちやんち')
  })

  it('keeps kanji and digits, and removes emoji', () => {
    expect(normalizeText('八幡地区🌸のお茶会☕')).toBe('八幡地区 のお茶会')
  })

  it('handles empty and very long input', () => {
    expect(normalizeText('')).toBe('')
    const long = '助け合い'.repeat(25_000)
    expect(normalizeText(long)).toHaveLength(100_000)
  })
})

describe('normalizeWithMap', () => {
  it('gives the same normal form as normalizeText', () => {
    for (const text of ['  居場所、　サロン！（月2回）  ', 'ﾜﾝﾊﾟｸﾞ ﾜﾝﾊｰﾄ', 'ちょっと㈱', '八幡🌸のお茶会']) {
      expect(normalizeWithMap(text).normalized).toBe(normalizeText(text))
    }
  })

  it('points each normal character back at the character it came from', () => {
    const text = 'ＡＢ ﾜﾝﾊﾟｸ'
    const { normalized, sourceIndex } = normalizeWithMap(text)
    expect(normalized).toBe('ab わんぱく')
    expect(sourceIndex).toEqual([0, 1, 2, 3, 4, 5, 7])
  })
})
