import { describe, expect, it } from 'vitest'
import { type Block, blockOf } from '../layout/block.ts'
import { blocksFromText } from '../store/articleBlocks.ts'
import { articleText, splitArticles } from './articles.ts'

let y = 800
/** One block of one line; headings are set larger than the 10 pt body. */
const block = (text: string, size = 10, width = 200): Block => {
  y -= 30
  return blockOf(1, [{ text, x0: 50, x1: 50 + width, y, size }])
}

describe('splitting an issue into articles', () => {
  it('leaves out the masthead, keeps the greeting on the issue and cuts at headings, districts and meeting months', () => {
    const page = {
      number: 1,
      needsReview: false,
      ocr: false,
      blocks: [
        block('めざせ！ワンハート 第23号', 18),
        block('令和7年8月号', 12),
        block('みなさまへ', 14),
        block('暑い日が続きますが、いかがお過ごしでしょうか。'),
        block('八幡地区', 14),
        block('【目的】地域の居場所をつくるため。'),
        block('【様子】十五名が集まりました。'),
        block('8月 住民企画会議', 14),
        block('①サロンの報告 →次回も続ける'),
        block('9月 事業推進会議', 14),
        block('②グループワーク'),
      ],
    }
    const split = splitArticles([page], 10)
    expect(split.greeting).toBe('暑い日が続きますが、いかがお過ごしでしょうか。')
    expect(split.articles.map((article) => [article.title, article.kind])).toEqual([
      ['八幡地区', 'activity-report'],
      ['8月 住民企画会議', 'meeting-summary'],
    ])
    expect(articleText(split.articles[0]!)).toBe('【目的】地域の居場所をつくるため。\n\n【様子】十五名が集まりました。')
    expect(articleText(split.articles[1]!)).toContain('■9月 事業推進会議')
  })

  it('reads a district label and a kicker as labels of the story whose heading follows', () => {
    const page = {
      number: 1,
      needsReview: false,
      ocr: false,
      blocks: [block('豊岡地区', 10), block('視察受入れ', 9), block('県社協のみなさんが来られました', 14), block('13名が見学しました。')],
    }
    const [article, ...rest] = splitArticles([page], 10).articles
    expect(rest).toEqual([])
    expect(article).toMatchObject({ title: '県社協のみなさんが来られました', kind: 'visit' })
    expect(articleText(article!)).toBe('豊岡地区・視察受入れ\n\n13名が見学しました。')
  })

  it('keeps each page whole when no heading shows the structure', () => {
    const pages = [1, 2].map((number) => ({
      number,
      needsReview: false,
      ocr: false,
      blocks: [block(`${number}ページ目の本文が続きます、`), block('見出しのない文章です。')],
    }))
    const split = splitArticles(pages, 10)
    expect(split.articles.map((article) => [article.title, article.page])).toEqual([
      ['1ページ', 1],
      ['2ページ', 2],
    ])
  })

  it('lets a box stand apart and goes on with the story after it', () => {
    const page = {
      number: 1,
      needsReview: false,
      ocr: false,
      blocks: [block('花畑サロンの一年', 14), block('春から始めました。'), block('【お問い合わせ】電話 0123-45-6789'), block('秋にも集まります。')],
    }
    const split = splitArticles([page], 10)
    expect(split.articles.map((article) => article.kind)).toEqual(['activity-report', 'notice'])
    expect(articleText(split.articles[0]!)).toBe('春から始めました。\n\n秋にも集まります。')
  })
})

describe('stored blocks', () => {
  it('turns labelled paragraphs into parts and the rest into text', () => {
    expect(blocksFromText('はじめに。\n\n【目的】居場所づくり。\n\n【参加者の声】楽しかった。')).toEqual([
      { type: 'text', text: 'はじめに。' },
      { type: 'part', part: 'purpose', text: '居場所づくり。' },
      { type: 'part', part: 'other', label: '参加者の声', text: '楽しかった。' },
    ])
  })
})
