import { describe, expect, it } from 'vitest'
import { pageParagraphs } from './pageText.ts'

describe('pageParagraphs', () => {
  it('joins the lines a column wrapped and ends the paragraph at its short last line', () => {
    const text = [
      '地域の居場所「ひだまり」では、毎月第二火曜日に',
      'お茶会を開いています。近所の方が気軽に立ち寄れ',
      'る場所です。',
      'みなさまもぜひどうぞ。',
    ].join('\n')
    expect(pageParagraphs(text)).toEqual([
      '地域の居場所「ひだまり」では、毎月第二火曜日にお茶会を開いています。近所の方が気軽に立ち寄れる場所です。',
      'みなさまもぜひどうぞ。',
    ])
  })

  it('starts a paragraph at a blank line, a label, a circled number, a bullet, an arrow or an indent', () => {
    const text = [
      '六郷地区　助け合いの会',
      '',
      '【目的】買い物やごみ出しに困っている方を、近所の',
      '人同士で手助けするために始めました。',
      '①住民企画会議のふりかえりをしました。ここまで長く',
      '書いた行です。',
      '→次回までに案をまとめる',
      '・ごみ出し',
      '※協力金100円',
      '　新しい段落は字下げで始まります。ここまで長く書い',
      'た行の続きです。',
    ].join('\n')
    expect(pageParagraphs(text)).toEqual([
      '六郷地区　助け合いの会',
      '【目的】買い物やごみ出しに困っている方を、近所の人同士で手助けするために始めました。',
      '①住民企画会議のふりかえりをしました。ここまで長く書いた行です。',
      '→次回までに案をまとめる',
      '・ごみ出し',
      '※協力金100円',
      '新しい段落は字下げで始まります。ここまで長く書いた行の続きです。',
    ])
  })

  it('puts a space back only between two Latin words, and counts half-width letters as half', () => {
    const text = [
      'お問い合わせは長寿社会課まで。ホームページ www.example',
      'jp もご覧ください。',
      'Tel 027-000-0000（平日の昼間だけ受け付けています）',
      'です。',
    ].join('\n')
    expect(pageParagraphs(text)).toEqual([
      'お問い合わせは長寿社会課まで。ホームページ www.example jp もご覧ください。',
      'Tel 027-000-0000（平日の昼間だけ受け付けています）です。',
    ])
  })

  it('ignores the offset every line of a column shares, and lines of spaces between blocks', () => {
    const text = ['  サロンの様子をお伝えします。参加した方は全部で', '  十二名でした。', ' \u3000 ', '  次回は八月です。'].join('\r\n')
    expect(pageParagraphs(text)).toEqual(['サロンの様子をお伝えします。参加した方は全部で十二名でした。', '次回は八月です。'])
  })

  it('keeps the lines of a block too narrow to be a column of text, such as a masthead', () => {
    expect(pageParagraphs('めざせ！ワンハート\n令和7年8月号\n第23号')).toEqual(['めざせ！ワンハート', '令和7年8月号', '第23号'])
  })

  it('gives nothing for a page without words', () => {
    expect(pageParagraphs('')).toEqual([])
    expect(pageParagraphs('\n \n\u3000\n')).toEqual([])
  })
})
