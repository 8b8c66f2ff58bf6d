import { describe, expect, it } from 'vitest'
import { repairText, repairWithMap } from './repair.ts'

describe('repairText', () => {
  it('drops whitespace next to a Japanese character, keeps it between Latin words', () => {
    expect(repairText('地 域 の　サ ロ ン')).toBe('地域のサロン')
    expect(repairText('第 23 号 SC 通信')).toBe('第23号SC通信')
    expect(repairText('One Heart の会')).toBe('One Heartの会')
    expect(repairText('見守り、 ごみ出し')).toBe('見守り、 ごみ出し')
  })

  it('replaces look-alike kanji between two katakana only', () => {
    expect(repairText('サ一ビス サ口ン カ夕ログ')).toBe('サービスサロンカタログ')
    expect(repairText('一人 人口 入口 口コミ チーム一丸')).toBe('一人人口入口口コミチーム一丸')
  })

  it('leaves text without damage as it is', () => {
    const clean = '八幡地区の居場所「のぶこちゃんち」は、月2回開いています。'
    expect(repairText(clean)).toBe(clean)
  })
})

describe('repairWithMap', () => {
  it('gives repairText’s result and where each unit came from', () => {
    for (const text of ['地 域 の サ ロ ン', ' 先頭 と 末尾 ', 'サ 一 ビ ス', '𠮷 田 さん', '']) {
      const { repaired, sourceIndex } = repairWithMap(text)
      expect(repaired).toBe(repairText(text))
      expect(sourceIndex).toHaveLength(repaired.length)
      expect([...sourceIndex].sort((a, b) => a - b)).toEqual(sourceIndex)
    }
    expect(repairWithMap('地 域').sourceIndex).toEqual([0, 2])
    // A character outside the BMP keeps both of its units.
    expect(repairWithMap('𠮷 田').sourceIndex).toEqual([0, 1, 3])
  })
})
