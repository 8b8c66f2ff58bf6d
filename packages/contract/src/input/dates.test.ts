import { describe, expect, it } from 'vitest'
import { dateTermsOf, dateToken, findDates, isDateToken, parseDate, storedDate } from './dates.ts'

const token = (typed: string) => {
  const date = parseDate(typed)
  return date && dateToken(date)
}

describe('parseDate', () => {
  it.each([
    ['2月16日', 'md0216'],
    ['２月１６日', 'md0216'],
    ['2月16日(月)', 'md0216'],
    ['2月16日（月）', 'md0216'],
    ['2月16日(月・祝)', 'md0216'],
    ['2月16日 月曜日', 'md0216'],
    ['2 月 16 日', 'md0216'],
    ['令和8年2月16日', 'd20260216'],
    ['令和８年２月１６日（月）', 'd20260216'],
    ['令和 8年 2月16日', 'd20260216'],
    ['令和元年5月1日', 'd20190501'],
    ['平成31年4月30日', 'd20190430'],
    ['昭和64年1月7日', 'd19890107'],
    ['2026年2月16日', 'd20260216'],
    ['R8.2.16', 'd20260216'],
    ['r8.2.16', 'd20260216'],
    ['Ｒ８．２．１６', 'd20260216'],
    ['R8/2/16', 'd20260216'],
    ['H31.4.1', 'd20190401'],
    ['令和8.2.16', 'd20260216'],
    ['2026/2/16', 'd20260216'],
    ['２０２６／２／１６', 'd20260216'],
    ['2026/02/16(月)', 'd20260216'],
    ['2026-02-16', 'd20260216'],
    ['2026.2.16', 'd20260216'],
    ['2/16', 'md0216'],
    ['２／１６', 'md0216'],
    ['2/16(月)', 'md0216'],
    ['12/8', 'md1208'],
    ['令和7年8月', 'm202508'],
    ['令和7年8月号', 'm202508'],
    ['2025年8月', 'm202508'],
    ['R7.8', 'm202508'],
    ['2025/8', 'm202508'],
    ['8月', 'mm08'],
    ['１２月', 'mm12'],
    ['2月29日', 'md0229'],
  ])('reads %s as %s', (typed, expected) => {
    expect(token(typed)).toBe(expected)
  })

  it.each([
    ['days that do not exist', ['2月30日', '2025/2/29', '13月', '0月', '4月31日', '13/1']],
    ['numbers that are not dates', ['16', '2026', '10:00', '3.14', '1/2/3', '027-321-6045', '0120-12-34']],
    ['counts and weekdays', ['第2月曜日', '3か月', '12ヶ月', '月2回', '16日']],
    ['a year alone or a fiscal year', ['令和8年', '令和8年度', '2026年']],
    ['a date with more around it', ['2月16日の会', 'ABR8.2.16', '112/16']],
    ['an era past its end', ['令和', 'R', 'S8.2.16']],
  ])('refuses %s', (_name, words) => {
    for (const word of words) expect(parseDate(word), word).toBeNull()
  })
})

describe('findDates', () => {
  it('finds every date in a text, with where it is', () => {
    const text = '第1回は令和8年2月16日（月）13時30分から、第2回は3月2日に開きます。'
    const found = findDates(text)
    expect(found.map((date) => text.slice(date.start, date.end))).toEqual(['令和8年2月16日（月）', '3月2日'])
    expect(found.map(dateToken)).toEqual(['d20260216', 'md0302'])
  })

  it('leaves a bare 2/16 to queries, since a text may mean a fraction', () => {
    expect(findDates('参加者の1/2が初めての方でした')).toEqual([])
    expect(findDates('1/2', { loose: true }).map(dateToken)).toEqual(['md0102'])
  })

  it('finds months, and does not read the second Monday as February', () => {
    expect(findDates('毎月第2月曜日に開いています。6月と7月はお休み').map(dateToken)).toEqual(['mm06', 'mm07'])
  })
})

describe('date terms', () => {
  it('gives a day every coarser term, so any precision typed finds it', () => {
    expect(dateTermsOf(storedDate('2026-02-16')!)).toEqual(['d20260216', 'm202602', 'md0216', 'mm02'])
    expect(dateTermsOf(storedDate('2025-08')!)).toEqual(['m202508', 'mm08'])
    expect(dateTermsOf({ year: null, month: 2, day: 16 })).toEqual(['md0216', 'mm02'])
  })

  it('reads only stored days and months', () => {
    expect(storedDate('2026-02-30')).toBeNull()
    expect(storedDate('2026-02-16T00:00:00.000Z')).toBeNull()
  })

  it('tells date terms from words', () => {
    for (const term of ['d20260216', 'm202602', 'md0216', 'mm02']) expect(isDateToken(term)).toBe(true)
    for (const word of ['2月16日', 'md', 'd2026', 'mm2']) expect(isDateToken(word)).toBe(false)
  })
})
