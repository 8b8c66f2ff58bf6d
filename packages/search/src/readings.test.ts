import { describe, expect, it } from 'vitest'
import { normalizeText } from './normalize.ts'
import { readingOf, readingSegments } from './readings.ts'

describe('readings', () => {
  it('reads kanji words in kana, so kana queries can find them', async () => {
    expect(normalizeText(await readingOf('居場所'))).toBe('いばしよ')
    expect(normalizeText(await readingOf('助け合い活動'))).toContain('たすけあい')
  })

  it('gives a reading only to the words that have kanji', async () => {
    const segments = await readingSegments('八幡町のサロン')
    expect(segments.find((segment) => segment.text === 'サロン')?.reading).toBeNull()
    expect(segments.filter((segment) => segment.reading).map((segment) => segment.text).join('')).toContain('八幡')
  })

  it('leaves text without kanji alone', async () => {
    expect(await readingOf('のぶこちゃんち ✿')).toBe('のぶこちゃんち ✿')
  })
})
