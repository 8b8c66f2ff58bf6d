import { describe, expect, it } from 'vitest'
import { indexTerms, queryTerms } from './tokens.ts'

describe('indexTerms', () => {
  it('indexes every character and every neighbouring pair within a word', () => {
    expect(indexTerms('八幡の会').sort()).toEqual(['の', 'の会', '会', '八', '八幡', '幡', '幡の'].sort())
  })

  it('never pairs characters across a separator', () => {
    expect(indexTerms('居場所、サロン')).not.toContain('所さ')
    expect(indexTerms('one heart')).not.toContain('eh')
  })

  it('pairs Japanese characters across the spaces damaged text puts between them', () => {
    expect(indexTerms('地 域 の サ ロ ン')).toEqual(expect.arrayContaining(['地域', '域の', 'のさ', 'さろ', 'ろん']))
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
  it('never asks for a pair across a space between Latin words, since the index has none', () => {
    expect(queryTerms('one heart').sort()).toEqual(['on', 'ne', 'he', 'ea', 'ar', 'rt'].sort())
    const terms = new Set(indexTerms('We are One Heart!'))
    for (const term of queryTerms('one heart')) expect(terms.has(term), term).toBe(true)
  })

  it('asks for the pairs across a space between Japanese characters, which the index has', () => {
    expect(queryTerms('居場所 サロン')).toContain('所さ')
    const terms = new Set(indexTerms('地域の居場所 サロン「ひだまり」'))
    for (const term of queryTerms('居場所 サロン')) expect(terms.has(term), term).toBe(true)
  })
})
