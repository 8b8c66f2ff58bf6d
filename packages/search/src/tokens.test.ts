import { describe, expect, it } from 'vitest'
import { indexTerms, queryTerms } from './tokens.ts'

describe('indexTerms', () => {
  it('indexes every character and every neighbouring pair within a word', () => {
    expect(indexTerms('八幡の会').sort()).toEqual(['の', 'の会', '会', '八', '八幡', '幡', '幡の'].sort())
  })

  it('never pairs characters across a separator', () => {
    expect(indexTerms('居場所 サロン')).not.toContain('所さ')
  })

  it('contains every term of any query found in the text', () => {
    const text = '下大類町内会の助け合い活動「おたがいさま」は、ゴミ出しを手伝っています。'
    const terms = new Set(indexTerms(text))
    for (const query of ['助け合い', '下大類', '会', 'おたがいさま', 'ごみ出し', '伝つて']) {
      for (const term of queryTerms(query)) expect(terms.has(term), `${query}: ${term}`).toBe(true)
    }
  })
})

describe('queryTerms', () => {
  it('uses the character itself for one-character queries', () => {
    expect(queryTerms('会')).toEqual(['会'])
  })

  it('uses pairs for longer queries, normalised like the text', () => {
    expect(queryTerms('八幡')).toEqual(['八幡'])
    expect(queryTerms('イバショ')).toEqual(['いば', 'ばし', 'しよ'])
  })

  it('gives nothing for a query of only punctuation', () => {
    expect(queryTerms('！？')).toEqual([])
  })
})

describe('queryTerms for phrases', () => {
  it('never asks for a pair across the phrase’s space, since the index has none', () => {
    expect(queryTerms('居場所 サロン').sort()).toEqual(['居場', '場所', 'さろ', 'ろん'].sort())
    const terms = new Set(indexTerms('地域の居場所 サロン「ひだまり」'))
    for (const term of queryTerms('居場所 サロン')) expect(terms.has(term), term).toBe(true)
  })
})
