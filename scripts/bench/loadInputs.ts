import type autocannon from 'autocannon'

/**
 * The fixed sets of inputs the load benchmarks cycle through, so that a figure is not that of
 * one question asked over and over: the same twenty for the API (bench:api) and the pages
 * that show them (bench:web).
 */

/** Searches a reader might type: words of the newsletter, a place, a year. */
export const TWENTY_QUERIES = [
  '居場所',
  '助け合い',
  'サロン',
  '協議体',
  '八幡',
  '体操',
  '会議',
  '情報交換会',
  '買い物',
  '見守り',
  '防災',
  '茶話会',
  '通いの場',
  '高齢者',
  '地域',
  '認知症',
  'ボランティア',
  '公民館',
  '令和7年',
  '子ども',
]

const KINDS = ['mutual-aid', 'gathering-place', 'salon', 'other'] as const
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const

/** The directory's filters: each kind of activity on each weekday. */
export const TWENTY_ACTIVITY_FILTERS = KINDS.flatMap((kind) => WEEKDAYS.map((weekday) => ({ kind, weekday })))

/** autocannon's requests for a load in which every request asks a new address: `address(0)`, `address(1)`, … */
export function everyRequestNew(address: (count: number) => string): { setupRequest: (request: autocannon.Request) => autocannon.Request }[] {
  let count = 0
  return [{ setupRequest: (request) => ({ ...request, path: address(count++) }) }]
}
