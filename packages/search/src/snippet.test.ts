import { describe, expect, it } from 'vitest'
import { normalizeText } from './normalize.ts'
import { parseQuery } from './query.ts'
import { makeSnippet } from './snippet.ts'

const marked = (snippet: { text: string; highlights: Array<{ start: number; end: number }> }) =>
  snippet.highlights.map((range) => snippet.text.slice(range.start, range.end))

describe('makeSnippet', () => {
  it('marks the words in the original spelling, however they were typed', () => {
    const snippet = makeSnippet('ワンハートの集いで、ﾜﾝﾊｰﾄ通信を配りました。', [normalizeText('ﾜﾝﾊｰﾄ')])
    expect(marked(snippet)).toEqual(['ワンハート', 'ﾜﾝﾊｰﾄ'])
  })

  it('starts near the first match in a long text and says it was cut', () => {
    const source = `${'前置き。'.repeat(50)}八幡地区の居場所が開きました。${'後書き。'.repeat(50)}`
    const snippet = makeSnippet(source, ['居場所'])
    expect(snippet.text.startsWith('…')).toBe(true)
    expect(snippet.text.endsWith('…')).toBe(true)
    expect(marked(snippet)).toEqual(['居場所'])
  })

  it('merges overlapping marks and shows the beginning when nothing is found', () => {
    expect(marked(makeSnippet('助け合いの会', ['助け合', 'け合い']))).toEqual(['助け合い'])
    const none = makeSnippet('本文の始まり', ['ない言葉'])
    expect(none).toEqual({ text: '本文の始まり', highlights: [] })
  })

  it('marks damaged text in the original, spaces and look-alikes included', () => {
    const source = '雨に な つ た ら、地 域 の サ ロ ン で サ一ビスの話をします。'
    const snippet = makeSnippet(source, parseQuery('なったら 地域のサロン サービス').include)
    expect(marked(snippet)).toEqual(['な つ た ら', '地 域 の サ ロ ン', 'サ一ビス'])
  })

  it('marks the dates a date term stands for, however they are written', () => {
    const snippet = makeSnippet('第1回は2月16日（月）、第2回は令和8年2月16日、第3回は3月2日です。', ['md0216'])
    expect(marked(snippet)).toEqual(['2月16日（月）', '令和8年2月16日'])
  })
})
