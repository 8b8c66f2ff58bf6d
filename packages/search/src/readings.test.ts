import { describe, expect, it } from 'vitest'
import { normalizeText } from './normalize.ts'
import { alignReading, readingOf, readingSegments, rubySegments } from './readings.ts'

describe('readings', () => {
  it('reads kanji words in kana, so kana queries can find them', async () => {
    expect(normalizeText(await readingOf('居場所'))).toBe('いばしよ')
    expect(normalizeText(await readingOf('助け合い活動'))).toContain('たすけあい')
  })

  it('gives a reading only to the words that have kanji', async () => {
    const segments = await readingSegments('八幡町のサロン')
    expect(segments.find((segment) => segment.text === 'サロン')?.reading).toBeNull()
    expect(
      segments
        .filter((segment) => segment.reading)
        .map((segment) => segment.text)
        .join(''),
    ).toContain('八幡')
  })

  it('leaves text without kanji alone', async () => {
    expect(await readingOf('のぶこちゃんち ✿')).toBe('のぶこちゃんち ✿')
  })
})

describe('furigana', () => {
  it('puts the reading over the kanji only, not over the kana beside them', () => {
    expect(alignReading('助け合い', 'たすけあい')).toEqual([
      { text: '助', ruby: 'たす' },
      { text: 'け', ruby: null },
      { text: '合', ruby: 'あ' },
      { text: 'い', ruby: null },
    ])
    expect(alignReading('居場所', 'いばしょ')).toEqual([{ text: '居場所', ruby: 'いばしょ' }])
  })

  it('keeps the whole reading when the kana do not line up', () => {
    expect(alignReading('今日は', 'きょうわ')).toEqual([{ text: '今日は', ruby: 'きょうわ' }])
  })

  it('gives readings for a sentence and leaves kana and punctuation bare', async () => {
    const segments = await rubySegments('八幡地区の居場所で、お茶会。')
    expect(segments.map((segment) => segment.text).join('')).toBe('八幡地区の居場所で、お茶会。')
    expect(segments.find((segment) => segment.text === '居場所')?.ruby).toBe('いばしょ')
    expect(segments.filter((segment) => !/\p{Script=Han}/u.test(segment.text)).every((segment) => segment.ruby === null)).toBe(true)
  })

  it('uses known readings for local names the dictionary reads otherwise, the longest name first', async () => {
    const plain = await rubySegments('八幡地区と南八幡の居場所')
    expect(plain.find((segment) => segment.text === '八幡')?.ruby).toBe('やはた')
    const known = new Map([
      ['八幡', 'やわた'],
      ['南八幡', 'みなみやわた'],
    ])
    const segments = await rubySegments('八幡地区と南八幡の居場所', known)
    expect(segments.map((segment) => segment.text).join('')).toBe('八幡地区と南八幡の居場所')
    expect(segments.filter((segment) => segment.text === '八幡').map((segment) => segment.ruby)).toEqual(['やわた'])
    expect(segments.find((segment) => segment.text === '南八幡')?.ruby).toBe('みなみやわた')
    expect(segments.find((segment) => segment.text === '居場所')?.ruby).toBe('いばしょ')
  })
})
