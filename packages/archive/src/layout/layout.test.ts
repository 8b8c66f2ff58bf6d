import { describe, expect, it } from 'vitest'
import type { Line } from './block.ts'
import { blockOf } from './block.ts'
import { linesOf } from './lines.ts'
import { blockText, withContinuationsJoined } from './pageText.ts'
import { withoutRunningHeads } from './runningHeads.ts'
import { xyCut } from './xyCut.ts'

const line = (text: string, x0: number, y: number, width = 200, size = 10): Line => ({ text, x0, x1: x0 + width, y, size })

/** A column of wrapped lines starting at (x, top), 16 pt apart. */
const column = (x: number, top: number, texts: string[]) => texts.map((text, index) => line(text, x, top - index * 16))

describe('reading order (XY-cut)', () => {
  it('reads a title, then the left column to its end, then the right column', () => {
    const lines = [
      line('令和7年8月号', 50, 780, 480, 20),
      ...column(50, 720, ['左の一行目です', '左の二行目です', '左の三行目です']),
      ...column(300, 720, ['右の一行目です', '右の二行目です']),
    ]
    // Shuffled: the content stream order must not matter.
    const order = xyCut([...lines].reverse()).map((block) => block.map((item) => item.text))
    expect(order.flat()).toEqual(['令和7年8月号', '左の一行目です', '左の二行目です', '左の三行目です', '右の一行目です', '右の二行目です'])
  })

  it('keeps columns whole even where their paragraph gaps line up', () => {
    const left = [...column(50, 700, ['左A1', '左A2']), ...column(50, 640, ['左B1', '左B2'])]
    const right = [...column(300, 700, ['右A1', '右A2']), ...column(300, 640, ['右B1', '右B2'])]
    expect(
      xyCut([...left, ...right])
        .flat()
        .map((item) => item.text),
    ).toEqual(['左A1', '左A2', '左B1', '左B2', '右A1', '右A2', '右B1', '右B2'])
  })

  it('reads a full-width box between two-column sections in its place', () => {
    const lines = [
      ...column(50, 700, ['上左1', '上左2']),
      ...column(300, 700, ['上右1', '上右2']),
      line('【お知らせ】全幅の囲み', 50, 600, 450),
      ...column(50, 540, ['下左1']),
      ...column(300, 540, ['下右1']),
    ]
    expect(
      xyCut(lines)
        .flat()
        .map((item) => item.text),
    ).toEqual(['上左1', '上左2', '上右1', '上右2', '【お知らせ】全幅の囲み', '下左1', '下右1'])
  })
})

describe('lines from text runs', () => {
  it('joins runs on one baseline and splits at the gap between columns', () => {
    const lines = linesOf([
      { text: '地域の', x: 50, y: 700, width: 30, size: 10 },
      { text: 'サロン', x: 80, y: 700.5, width: 30, size: 10 },
      { text: '右の段', x: 300, y: 700, width: 30, size: 10 },
      { text: '\u0000\u0000', x: 50, y: 680, width: 20, size: 10 },
    ])
    expect(lines.map((item) => item.text)).toEqual(['地域のサロン', '右の段'])
  })
})

describe('running heads', () => {
  const page = (number: number, body: string) => ({
    height: 800,
    lines: [line(`めざせ！ワンハート 第23号 ${number}`, 50, 780), line(body, 50, 400), line(`- ${number} -`, 280, 30, 20)],
  })
  it('drops a header repeated on every page and the page numbers, and keeps the body', () => {
    const kept = withoutRunningHeads([page(1, '本文その一'), page(2, '本文その二'), page(3, '本文その三')])
    expect(kept.map((lines) => lines.map((item) => item.text))).toEqual([['本文その一'], ['本文その二'], ['本文その三']])
  })
  it('keeps a masthead line that appears on one page only', () => {
    const first = page(1, '本文')
    first.lines.push(line('令和7年8月号', 50, 760))
    const kept = withoutRunningHeads([first, page(2, '本文')])
    expect(kept[0]!.map((item) => item.text)).toContain('令和7年8月号')
  })
})

describe('page text', () => {
  it('puts a sentence broken by the column back together, and keeps a short box apart', () => {
    const left = blockOf(1, column(50, 700, ['サロンでは体操の後に', 'お茶を飲みながら、']))
    const right = blockOf(1, column(300, 700, ['これからの活動について話し合いました。']))
    const box = blockOf(1, [line('【問合せ】電話 0123', 300, 500, 120)])
    const after = blockOf(1, column(300, 460, ['次の話です。']))
    const joined = withContinuationsJoined([left, right, box, after], 10, () => false)
    expect(joined.map(blockText)).toEqual([
      'サロンでは体操の後にお茶を飲みながら、これからの活動について話し合いました。',
      '【問合せ】電話 0123',
      '次の話です。',
    ])
  })
})

describe('OCR spacing', async () => {
  const { withoutOcrSpaces } = await import('./japanese.ts')
  it('joins digits and brackets to the Japanese beside them and keeps spaces between Latin words', () => {
    expect(withoutOcrSpaces('月 2 回 、 第 2 層 の 協議体 (4 月 ) One Heart 通信')).toBe('月2回、第2層の協議体(4月) One Heart 通信')
  })
})
