import { describe, expect, it } from 'vitest'
import { findIssueDate } from './issueDate.ts'
import { findIssueNumber } from './issueNumber.ts'

describe('findIssueDate', () => {
  it('reads an era month as printed on a masthead, with month precision', () => {
    expect(findIssueDate(['めざせ！ワンハート 第23号\n令和7年8月号'])).toMatchObject({ value: '2025-08', precision: 'month' })
  })
  it('reads full-width digits and 元年', () => {
    expect(findIssueDate(['令和元年１２月発行'])?.value).toBe('2019-12')
    expect(findIssueDate(['平成３１年４月１日'])?.value).toBe('2019-04-01')
  })
  it('prefers the date marked as the issue’s over an earlier event date', () => {
    expect(findIssueDate(['次回は令和7年10月5日です。\n令和7年9月号'])?.value).toBe('2025-09')
  })
  it('reads Western dates in the forms offices write', () => {
    expect(findIssueDate(['2024年3月'])?.value).toBe('2024-03')
    expect(findIssueDate(['発行日 2024/3/15'])?.value).toBe('2024-03-15')
  })
  it('looks past the first page and refuses impossible dates', () => {
    expect(findIssueDate(['見出しだけ', '令和6年2月30日 令和6年2月'])?.value).toBe('2024-02')
    expect(findIssueDate(['日付のない紙面'])).toBeNull()
  })
})

describe('findIssueNumber', () => {
  it('reads 第N号 in either width, and No. / 通巻', () => {
    expect(findIssueNumber(['めざせ！ワンハート　第２３号'])?.value).toBe(23)
    expect(findIssueNumber(['No.7 令和7年'])?.value).toBe(7)
    expect(findIssueNumber(['通巻 105 号'])?.value).toBe(105)
  })
  it('answers null when no number is printed', () => {
    expect(findIssueNumber(['2024年3月 ひろば通信'])).toBeNull()
  })
})

describe('typedIssueDate', async () => {
  const { typedIssueDate } = await import('../analyze.ts')
  it('takes the forms people type and refuses the rest in Japanese', () => {
    expect(typedIssueDate('2025-08')).toBe('2025-08')
    expect(typedIssueDate('２０２５－０８－０１')).toBe('2025-08-01')
    expect(typedIssueDate('令和7年8月')).toBe('2025-08')
    expect(typedIssueDate('令和７年８月号')).toBe('2025-08')
    expect(() => typedIssueDate('2025-13')).toThrow(/発行日「2025-13」が読めません/)
    expect(() => typedIssueDate('来月')).toThrow(/読めません/)
  })
})
