import { describe, expect, it } from 'vitest'
import { parseQuery } from './query.ts'

describe('parseQuery', () => {
  it('reads words separated by half- or full-width spaces as AND', () => {
    expect(parseQuery('助け合い　下大類')).toEqual({ include: ['助け合い', '下大類'], exclude: [] })
  })

  it('keeps a quoted phrase together', () => {
    expect(parseQuery('"居場所 サロン" 八幡')).toEqual({ include: ['居場所 さろん', '八幡'], exclude: [] })
    expect(parseQuery('「地域 支え合い」')).toEqual({ include: ['地域 支え合い'], exclude: [] })
  })

  it('excludes words marked with a minus, half- or full-width', () => {
    expect(parseQuery('サロン -八幡 －倉賀野')).toEqual({ include: ['さろん'], exclude: ['八幡', '倉賀野'] })
  })

  it('ignores empty input and bounds the number of words', () => {
    expect(parseQuery('   ')).toEqual({ include: [], exclude: [] })
    expect(parseQuery(Array.from({ length: 50 }, (_, i) => `語${i}`).join(' ')).include).toHaveLength(10)
  })
})
