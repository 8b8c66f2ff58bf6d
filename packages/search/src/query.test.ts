import { describe, expect, it } from 'vitest'
import { parseQuery } from './query.ts'

describe('parseQuery', () => {
  it('reads words separated by half- or full-width spaces as AND', () => {
    expect(parseQuery('助け合い　下大類')).toEqual({ include: ['助け合い', '下大類'], exclude: [] })
  })

  it('keeps a quoted phrase together, its spaces between Japanese dropped as in the index', () => {
    expect(parseQuery('"居場所 サロン" 八幡')).toEqual({ include: ['居場所さろん', '八幡'], exclude: [] })
    expect(parseQuery('「地域 支え合い」')).toEqual({ include: ['地域支え合い'], exclude: [] })
    expect(parseQuery('"One Heart"')).toEqual({ include: ['one heart'], exclude: [] })
  })

  it('reads single Japanese characters typed with spaces between them as one word', () => {
    expect(parseQuery('地 域 の サ ロ ン')).toEqual({ include: ['地域のさろん'], exclude: [] })
    expect(parseQuery('八幡 サ ロ ン 会館')).toEqual({ include: ['八幡', 'さろん', '会館'], exclude: [] })
    expect(parseQuery('会 -市 「地」 域')).toEqual({ include: ['会', '地', '域'], exclude: ['市'] })
  })

  it('repairs a query as it repairs the text: small kana, look-alikes, circled numbers', () => {
    expect(parseQuery('なったら サ一ビス ①')).toEqual({ include: ['なつたら', 'さびす', '1'], exclude: [] })
  })

  it('excludes words marked with a minus, half- or full-width', () => {
    expect(parseQuery('サロン -八幡 －倉賀野')).toEqual({ include: ['さろん'], exclude: ['八幡', '倉賀野'] })
  })

  it('ignores empty input and bounds the number of words', () => {
    expect(parseQuery('   ')).toEqual({ include: [], exclude: [] })
    expect(parseQuery(Array.from({ length: 50 }, (_, i) => `語${i}`).join(' ')).include).toHaveLength(10)
  })
})

describe('parseQuery with dates', () => {
  it.each([
    ['2月16日', ['md0216']],
    ['令和8年2月16日(月)', ['d20260216']],
    ['令和8年 2月16日', ['d20260216']],
    ['R8.2.16', ['d20260216']],
    ['2026/2/16', ['d20260216']],
    ['2/16', ['md0216']],
    ['令和7年8月', ['m202508']],
    ['8月', ['mm08']],
    ['2月16日の会議', ['md0216', 'の会議']],
    ['八幡 12/8', ['八幡', 'md1208']],
  ])('turns %s into date terms', (typed, include) => {
    expect(parseQuery(typed)).toEqual({ include, exclude: [] })
  })

  it('excludes a date after a minus, and leaves dates in quotes as text', () => {
    expect(parseQuery('サロン -2月16日')).toEqual({ include: ['さろん'], exclude: ['md0216'] })
    expect(parseQuery('"2月16日"')).toEqual({ include: ['2月16日'], exclude: [] })
  })
})
