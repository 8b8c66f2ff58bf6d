import { describe, expect, it } from 'vitest'
import { NORMAL_FORM_TERM, type SearchDocument, toSearchRow } from './entry.ts'
import { parseQuery } from './query.ts'
import { queryTerms } from './tokens.ts'

const document: SearchDocument = {
  type: 'activity',
  docId: 7,
  title: '居場所「のぶこちゃんち」',
  body: '月2回、ﾜﾝﾊｰﾄの仲間が助け合い活動をしています。',
  keywords: '下大類町',
  reading: 'いばしょ「のぶこちゃんち」 しもおおるいまちでつきにかい',
  url: '/activities/nobuko',
  shownOn: null,
  fiscalYear: null,
  sortAt: new Date('2026-04-01T00:00:00Z'),
  councilIds: [3],
  districtIds: [12],
}

describe('toSearchRow', () => {
  const row = toSearchRow(document)
  const terms = new Set(row.terms)

  it('has every term of every query the text contains, in any spelling', () => {
    for (const typed of ['居場所', 'いばしょ', 'のぶこちゃんち', 'ワンハート', '助け合い 下大類', '仲', '町']) {
      for (const word of parseQuery(typed).include) {
        for (const term of queryTerms(word)) expect(terms.has(term), `${typed}: ${term}`).toBe(true)
        expect(row.haystack).toContain(word)
      }
    }
  })

  it('keeps title, body, keywords, reading and date terms on separate lines so no phrase spans two of them', () => {
    expect(row.haystack.split('\n')).toHaveLength(5)
    expect(row.titleNorm).toBe('居場所 のぶこちやんち')
  })

  it('says which normal form wrote it, with a term no query can ask for', () => {
    expect(row.terms).toContain(NORMAL_FORM_TERM)
    for (const typed of ['nf2', '~nf2', NORMAL_FORM_TERM]) {
      for (const word of parseQuery(typed).include) expect(queryTerms(word)).not.toContain(NORMAL_FORM_TERM)
    }
  })

  it('finds damaged text from an old PDF by its clean spelling', () => {
    const damaged = toSearchRow({ ...document, body: '雨にな つたら、地 域 の サ ロ ン でサ一ビスの話。' })
    for (const typed of ['なったら', '地域のサロン', '地 域 の サ ロ ン', 'サービス']) {
      for (const word of parseQuery(typed).include) {
        for (const term of queryTerms(word)) expect(damaged.terms, `${typed}: ${term}`).toContain(term)
        expect(damaged.haystack, typed).toContain(word)
      }
    }
  })

  it("counts the title's reading as part of the title", () => {
    const read = toSearchRow({ ...document, titleReading: 'いばしょ「のぶこちゃんち」' })
    expect(read.titleNorm.split('\n')).toEqual(['居場所 のぶこちやんち', 'いばしよ のぶこちやんち'])
    for (const term of queryTerms('いばしょ')) expect(read.titleTerms).toContain(term)
  })

  it('carries the terms of its own dates and of the dates its text mentions', () => {
    const dated = toSearchRow({ ...document, dates: ['2026-02-16', '2025-08', 'not a date'], body: '次回は令和8年3月2日(月)です。' })
    for (const typed of ['2月16日', 'R8.2.16', '令和7年8月', '8月', '3月2日', '2026/3/2']) {
      for (const word of parseQuery(typed).include) {
        expect(dated.terms, typed).toContain(word)
        expect(dated.haystack, typed).toContain(word)
      }
    }
    expect(dated.terms).not.toContain('md0816')
  })

  it('counts a date in the title as a title hit', () => {
    const titled = toSearchRow({ ...document, title: '第1層協議体の話し合い（7月）' })
    for (const word of parseQuery('7月').include) {
      expect(titled.titleNorm).toContain(word)
      expect(titled.titleTerms).toContain(word)
    }
  })
})
