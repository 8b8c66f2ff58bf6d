import { describe, expect, it } from 'vitest'
import { readingSnippet, titleHighlights } from './highlight.ts'
import { normalizeText } from './normalize.ts'
import type { TextRange } from './snippet.ts'

const marked = (text: string, ranges: TextRange[]) => ranges.map((range) => text.slice(range.start, range.end))
const snippetMarks = (snippet: { text: string; highlights: TextRange[] }) => marked(snippet.text, snippet.highlights)

describe('readingSnippet', () => {
  it('marks the kanji a kana word is read from', async () => {
    const snippet = await readingSnippet('下大類町内会の助け合い活動が始まりました。', [normalizeText('しもおおるい')])
    expect(snippetMarks(snippet)).toEqual(['下大類'])
  })

  it('marks kanji with their okurigana, and kana written as kana', async () => {
    const snippet = await readingSnippet('助け合いの輪。たすけあいは大切です。', [normalizeText('たすけあい')])
    expect(snippetMarks(snippet)).toEqual(['助け合い', 'たすけあい'])
  })

  it('starts the passage at a match found only in the reading, deep in a long text', async () => {
    const source = `${'前置きの文です。'.repeat(30)}会場は下大類公民館です。${'後書きの文です。'.repeat(30)}`
    const snippet = await readingSnippet(source, [normalizeText('しもおおるい')])
    expect(snippet.text.startsWith('…')).toBe(true)
    expect(snippetMarks(snippet)).toEqual(['下大類'])
  })

  it('marks a damaged spelling found as written, with its kana read from kanji elsewhere', async () => {
    const snippet = await readingSnippet('助 け 合 い が 始 ま つ た 下大類町内会。', [normalizeText('始まった'), normalizeText('しもおおるい')])
    expect(snippetMarks(snippet)).toEqual(['始 ま つ た', '下大類'])
  })

  it('marks nothing wrong when the reading does not match', async () => {
    const snippet = await readingSnippet('八幡地区の居場所', [normalizeText('しもおおるい')])
    expect(snippet.highlights).toEqual([])
  })
})

describe('titleHighlights', () => {
  it('marks a title by its reading or its spelling', async () => {
    const title = '第2層協議体小規模情報交換会'
    expect(marked(title, await titleHighlights(title, [normalizeText('じょうほうこうかんかい')]))).toEqual(['情報交換会'])
    expect(marked(title, await titleHighlights(title, [normalizeText('交換会')]))).toEqual(['交換会'])
  })
})
