import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FONT_PACKAGE_STYLESHEET, fontSampleOf, fontSubsetsOf, visibleText, withFontSample } from './fontSample.ts'

const css = `
@font-face { font-family: 'F'; src: url(./f-0.woff2); unicode-range: U+4e00-4e0f,U+4e80; }
@font-face { font-family: 'F'; src: url(./f-1.woff2); unicode-range: U+3040-309f; }
@font-face { font-family: 'F'; src: url(./f-latin.woff2); unicode-range: U+0000-00FF; }
@font-face { font-family: 'F'; src: url(./f-3.woff2); unicode-range: U+30-39,U+20??; }
`

describe("the page's font sample", () => {
  const subsets = fontSubsetsOf(css)

  it("reads each file's ranges, wildcards and characters in two files included", () => {
    expect(subsets.get(0x4e05)).toEqual([0])
    expect(subsets.get(0x4e80)).toEqual([0])
    expect(subsets.get(0x3042)).toEqual([1])
    expect(subsets.get(0x20ac)).toEqual([3])
    expect(subsets.get(0x37)).toEqual([2, 3])
    expect(subsets.get(0x4e10)).toBeUndefined()
  })

  it('takes a character only when it brings a file not brought yet, in the order met', () => {
    // 一 and 丁 share a file, as do 亀 and 一; spaces need none; 〇 (U+3007) is in none;
    // 7 brings the Latin file and file 3, so A and € bring nothing new.
    expect(fontSampleOf('あい 一丁 亀 7A€〇', subsets)).toBe('あ一7')
    expect(fontSampleOf('A7', subsets)).toBe('A7')
  })

  it('reads what a reader sees: not scripts, styles or tags; fields and entities included', () => {
    const text = visibleText(
      '<html><head><title>題</title></head><body><p class="x">見守り&amp;防災&#x4E00;</p><script>self.__next_f.push(["秘"])</script><style>p{}</style><input placeholder="ことば"/></body></html>',
    )
    expect(text).toContain('見守り&防災一')
    expect(text).toContain('ことば')
    for (const hidden of ['題', '秘', 'class', 'p{}']) expect(text).not.toContain(hidden)
  })

  it("adds the sample to the font loader's script as an attribute, leaving its text (and hash) alone", () => {
    const page = '<html><body><p>亀のあゆみ "A"</p><script id="web-font-loader">(function(){})()</script></body></html>'
    expect(withFontSample(page, subsets)).toBe(
      '<html><body><p>亀のあゆみ "A"</p><script id="web-font-loader" data-font-sample="亀の&quot;">(function(){})()</script></body></html>',
    )
    expect(withFontSample('<html><body>なし</body></html>', subsets)).toBe('<html><body>なし</body></html>')
  })

  it("brings, for a real page's text, exactly the site font's files the whole text would", () => {
    const siteCss = readFileSync(FONT_PACKAGE_STYLESHEET, 'utf8')
    const site = fontSubsetsOf(siteCss)
    expect(new Set([...site.values()].flat()).size).toBe((siteCss.match(/@font-face/g) ?? []).length)
    const text = '令和7年11月号　めざせ！ワンハート　高崎市生活支援コーディネーター通信　9:30～11:30 公民館（ＴＥＬ０２７）'
    const filesOf = (characters: string) => new Set([...characters].flatMap((character) => site.get(character.codePointAt(0)!) ?? []))
    const sample = fontSampleOf(text, site)
    expect([...filesOf(sample)].sort()).toEqual([...filesOf(text)].sort())
    expect([...sample].length).toBeLessThan([...new Set(text)].length)
  })
})
