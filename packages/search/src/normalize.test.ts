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

  it('treats small katakana as large too, as scans print them', () => {
    expect(normalizeText('ショッピング')).toBe(normalizeText('シヨツピング'))
    expect(normalizeText('ヵ所 ヶ月 ヮ')).toBe(normalizeText('か所け月わ'))
  })

  it('drops spaces between Japanese characters, as PDF extraction and OCR add them', () => {
    expect(normalizeText('地 域 の サ ロ ン')).toBe(normalizeText('地域のサロン'))
    expect(normalizeText('第 ２３ 号　令和 7 年')).toBe('第23号令和7年')
    expect(normalizeText('みんなで\nお茶を')).toBe('みんなでお茶を')
    // Between Latin words a space is still a word boundary; punctuation always is.
    expect(normalizeText('One Heart')).toBe('one heart')
    expect(normalizeText('居場所、サロン')).toBe('居場所 さろん')
  })

  it('reads circled numbers as digits', () => {
    expect(normalizeText('①見守り ⑫ ❸ ➁')).toBe('1見守り12 3 2')
  })

  it('puts right the kanji OCR reads inside katakana words, and only there', () => {
    expect(normalizeText('サ一ビス')).toBe(normalizeText('サービス'))
    expect(normalizeText('サ口ン')).toBe(normalizeText('サロン'))
    expect(normalizeText('コ一ディネ一タ一')).toBe(normalizeText('コーディネータ一'))
    expect(normalizeText('エレベ一タ・スパ-ク')).toBe(normalizeText('エレベータ・スパーク'))
    // The kanji stays where a neighbour is not katakana.
    for (const word of ['一人', '人口', '入口', '一ヶ月', 'チーム一丸', '口コミ', '十一月', 'ロ口']) {
      expect(normalizeText(word), word).toMatch(/[一口]/)
    }
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
    const text = 'ＡＢ ＣＤ！ﾜﾝﾊﾟｸ'
    const { normalized, sourceIndex } = normalizeWithMap(text)
    expect(normalized).toBe('ab cd わんぱく')
    expect(sourceIndex).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 10])
  })

  it('points past the stray spaces it dropped, and at the look-alikes it put right', () => {
    const text = '地 域 の サ口ン'
    const { normalized, sourceIndex } = normalizeWithMap(text)
    expect(normalized).toBe('地域のさろん')
    expect(sourceIndex).toEqual([0, 2, 4, 6, 7, 8])
  })
})
