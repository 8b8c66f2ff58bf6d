import type { PublicMeeting } from '@oneheart/contract'
import { describe, expect, it } from 'vitest'
import { circledNumber, groupMeetingItems, meetingMonths, outcomeLines } from './meetingOrder.ts'

const meeting = (id: number, heldOn: string, kind: PublicMeeting['kind']): PublicMeeting => ({ id, title: `${id}`, heldOn, kind, items: [] })

describe('meeting summaries in the paper order', () => {
  it('puts months in order and 住民企画会議 before 事業推進会議 within a month, whatever their days', () => {
    const months = meetingMonths([
      meeting(1, '2025-07-03', 'project-promotion'),
      meeting(2, '2025-06-24', 'residents-planning'),
      meeting(3, '2025-07-22', 'residents-planning'),
      meeting(4, '2025-06-10', 'project-promotion'),
      meeting(5, '2025-07', 'project-promotion'),
    ])
    expect(months.map((month) => [month.month, month.meetings.map((m) => m.id)])).toEqual([
      ['2025-06', [2, 4]],
      ['2025-07', [3, 5, 1]],
    ])
  })

  it('keeps each outcome line as its own line and shows none for an empty outcome', () => {
    expect(outcomeLines('チラシをつくる\n\n→ 秋に見直す\r\n')).toEqual(['チラシをつくる', '秋に見直す'])
    expect(outcomeLines(null)).toEqual([])
    expect(outcomeLines('  ')).toEqual([])
  })

  it('gathers items by working group in the groups order, ungrouped first', () => {
    const parts = groupMeetingItems([
      { topic: 'a', outcome: null, group: 'activity-support' },
      { topic: 'b', outcome: null, group: 'awareness' },
      { topic: 'c', outcome: null, group: null },
      { topic: 'd', outcome: null, group: 'awareness' },
    ])
    expect(parts.map((part) => [part.group, part.items.map((item) => item.topic)])).toEqual([
      [null, ['c']],
      ['awareness', ['b', 'd']],
      ['activity-support', ['a']],
    ])
  })

  it('numbers with circled digits', () => {
    expect([1, 2, 3, 20, 21, 35, 36, 50].map(circledNumber).join('')).toBe('①②③⑳㉑㉟㊱㊿')
  })
})
