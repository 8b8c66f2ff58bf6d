import type { ImportPreview } from '@oneheart/archive/result'
import { describe, expect, it } from 'vitest'
import { correctionsOf, keptBefore, mergeWithPrevious, type Review, readIssuedOn, readNumber, reviewOf } from './review.ts'

const preview: ImportPreview = {
  number: 8,
  issuedOn: '2025-08',
  title: 'めざせ！ワンハート 第8号',
  greeting: '暑い日が続きます。',
  pages: [
    { number: 1, text: '…', ocr: false, confidence: null, needsReview: false },
    { number: 2, text: '…', ocr: true, confidence: 52, needsReview: true },
  ],
  articles: [
    {
      title: '八幡地区 花の居場所',
      kind: 'activity-report',
      page: 1,
      text: '【目的】花を育てる',
      links: [{ collection: 'districts', id: 3, name: '八幡地区', matched: '八幡地区' }],
    },
    {
      title: '【様子】',
      kind: 'activity-report',
      page: 2,
      text: '十人が集まりました',
      links: [
        { collection: 'districts', id: 3, name: '八幡地区', matched: 'やわた' },
        { collection: 'activities', id: 9, name: 'はなばたけ', matched: 'はなばたけ' },
      ],
    },
    { title: '7月の住民企画会議', kind: 'meeting-summary', page: 2, text: '①…→…', links: [] },
  ],
}

describe('reviewOf', () => {
  it('shows the detected month in the era and every link ticked', () => {
    const review = reviewOf(preview)
    expect(review.number).toBe('8')
    expect(review.issuedOn).toBe('令和7年8月')
    expect(review.articles.map((article) => article.key)).toEqual(['a0', 'a1', 'a2'])
    expect(review.articles.every((article) => article.links.every((link) => link.keep))).toBe(true)
  })

  it('leaves number and date empty when nothing was detected', () => {
    const review = reviewOf({ ...preview, number: null, issuedOn: null })
    expect([review.number, review.issuedOn]).toEqual(['', ''])
  })
})

describe('readNumber', () => {
  it('reads 号数 as people type it', () => {
    for (const typed of ['12', '１２', '第12号', ' 第１２号 ']) expect(readNumber(typed)).toEqual({ ok: true, value: 12 })
    expect(readNumber('')).toEqual({ ok: true, value: null })
  })

  it('refuses what is not a whole number in range, naming the box', () => {
    for (const typed of ['0', '1.5', '十二', '12a', '10000']) {
      const read = readNumber(typed)
      expect(read.ok).toBe(false)
      if (!read.ok) expect(read.message).toMatch(/^号数「/)
    }
  })
})

describe('readIssuedOn', () => {
  it('takes a month or a day in the era or Western form', () => {
    expect(readIssuedOn('令和7年8月')).toEqual({ ok: true, value: '2025-08' })
    expect(readIssuedOn('2025-08')).toEqual({ ok: true, value: '2025-08' })
    expect(readIssuedOn('R8.2.16')).toEqual({ ok: true, value: '2026-02-16' })
    expect(readIssuedOn(' ')).toEqual({ ok: true, value: null })
  })

  it('refuses an unreadable date and a wrong weekday with the reason', () => {
    const read = readIssuedOn('らいげつ')
    expect(read.ok).toBe(false)
    const weekday = readIssuedOn('令和8年2月16日(火)')
    expect(weekday.ok).toBe(false)
    if (!weekday.ok) expect(weekday.message).toContain('火曜日ではなく月曜日です')
  })
})

describe('merging and dropping articles', () => {
  it('joins an article onto the one before, keeping its title, page and each link once', () => {
    const merged = mergeWithPrevious(reviewOf(preview).articles, 1)
    expect(merged).toHaveLength(2)
    expect(merged[0]).toMatchObject({ key: 'a0', title: '八幡地区 花の居場所', page: 1, text: '【目的】花を育てる\n\n【様子】\n\n十人が集まりました' })
    expect(merged[0]?.links.map((link) => `${link.collection}:${link.id}`)).toEqual(['districts:3', 'activities:9'])
    expect(merged[1]?.key).toBe('a2')
  })

  it('skips dropped articles when looking for the one before', () => {
    const articles = reviewOf(preview).articles.map((article) => (article.key === 'a1' ? { ...article, dropped: true } : article))
    expect(keptBefore(articles, 2)).toBe(0)
    expect(keptBefore(articles, 0)).toBe(-1)
    const merged = mergeWithPrevious(articles, 2)
    expect(merged.map((article) => article.key)).toEqual(['a0', 'a1'])
    expect(merged[0]?.text).toContain('7月の住民企画会議')
  })

  it('leaves the list alone when there is nothing before', () => {
    const articles = reviewOf(preview).articles
    expect(mergeWithPrevious(articles, 0)).toBe(articles)
  })
})

describe('correctionsOf', () => {
  const edited = (change: (review: Review) => void, publish = false) => {
    const review = reviewOf(preview)
    change(review)
    return correctionsOf(review, { publish })
  }

  it('sends the typed values, kept articles and ticked links only', () => {
    const result = edited((review) => {
      review.number = '第９号'
      review.issuedOn = '令和7年9月'
      review.articles[2]!.dropped = true
      review.articles[1]!.links[1]!.keep = false
      review.articles[0]!.title = '  花の居場所  '
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.number).toBe(9)
    expect(result.value.issuedOn).toBe('2025-09')
    expect(result.value.title).toBeUndefined() // left alone: the importer names it after the corrected number and date
    expect(result.value.articles?.map((article) => article.title)).toEqual(['花の居場所', '【様子】'])
    expect(result.value.articles?.[1]?.links).toEqual([{ collection: 'districts', id: 3, name: '八幡地区', matched: 'やわた' }])
  })

  it('sends a title the editor typed', () => {
    const result = edited((review) => {
      review.title = ' 夏の号 '
      review.titleEdited = true
    })
    expect(result.ok && result.value.title).toBe('夏の号')
  })

  it('sends nothing for a number and date left empty', () => {
    const result = edited((review) => {
      review.number = ''
      review.issuedOn = ''
    })
    expect(result.ok && [result.value.number, result.value.issuedOn]).toEqual([undefined, undefined])
  })

  it('lists every problem in Japanese instead of sending', () => {
    const result = edited((review) => {
      review.number = 'abc'
      review.issuedOn = 'いつか'
      review.title = ' '
      review.titleEdited = true
      review.articles[1]!.title = ''
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(4)
    expect(result.problems[3]).toBe('2番目の記事（2ページ）のタイトルを入れてください。')
  })

  it('asks for a number and a date before publishing, never before a draft', () => {
    const noDate = (review: Review) => {
      review.issuedOn = ''
    }
    expect(edited(noDate).ok).toBe(true)
    const refused = edited(noDate, true)
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.problems).toEqual(['すぐに公開するには号数と発行日が要ります。入れるか、「下書きとして取り込む」を選んでください。'])
    expect(edited(() => undefined, true).ok).toBe(true)
  })

  it('keeps to the endpoint’s lengths, saying how long the text is now', () => {
    const result = edited((review) => {
      review.title = 'あ'.repeat(81)
      review.titleEdited = true
      review.articles[0]!.title = 'い'.repeat(121)
      review.articles[2]!.text = 'う'.repeat(40_001)
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      '号のタイトルは80字までにしてください（いま81字）。',
      '1番目の記事（1ページ）のタイトルは120字までにしてください（いま121字）。',
      '3番目の記事（2ページ）の本文は40,000字までにしてください（いま40,001字）。',
    ])
  })
})
