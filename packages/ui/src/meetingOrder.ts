import { MEETING_KINDS, type PublicMeeting, WORKING_GROUPS } from '@oneheart/contract'

type Item = PublicMeeting['items'][number]
type Group = NonNullable<Item['group']>

const kindRank = (kind: PublicMeeting['kind']) => MEETING_KINDS.findIndex((option) => option.value === kind)

/** YYYY-MM of a day (YYYY-MM-DD) or a month (YYYY-MM). */
export const monthOf = (heldOn: string) => heldOn.slice(0, 7)

/** The paper's order: month by month, 住民企画会議 before 事業推進会議 within a month, then by day. */
export function compareMeetings(a: Pick<PublicMeeting, 'heldOn' | 'kind' | 'id'>, b: Pick<PublicMeeting, 'heldOn' | 'kind' | 'id'>): number {
  return monthOf(a.heldOn).localeCompare(monthOf(b.heldOn)) || kindRank(a.kind) - kindRank(b.kind) || a.heldOn.localeCompare(b.heldOn) || a.id - b.id
}

/** Meetings sorted in the paper's order and gathered by month. */
export function meetingMonths<T extends PublicMeeting>(meetings: T[]): { month: string; meetings: T[] }[] {
  const months: { month: string; meetings: T[] }[] = []
  for (const meeting of [...meetings].sort(compareMeetings)) {
    const month = monthOf(meeting.heldOn)
    const last = months.at(-1)
    if (last?.month === month) last.meetings.push(meeting)
    else months.push({ month, meetings: [meeting] })
  }
  return months
}

/** Items without a working group first, then 普及啓発 / 企画推進 / 活動創出・支援, each keeping its typed order. */
export function groupMeetingItems(items: Item[]): { group: Group | null; items: Item[] }[] {
  const order: (Group | null)[] = [null, ...WORKING_GROUPS.map((option) => option.value)]
  return order.map((group) => ({ group, items: items.filter((item) => (item.group ?? null) === group) })).filter((part) => part.items.length > 0)
}

/** Each line of an outcome is one "→" line; an arrow the editor typed is not doubled. */
export function outcomeLines(outcome: string | null): string[] {
  return (outcome ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(→|⇒|->)\s*/, '').trim())
    .filter(Boolean)
}

/** ①…⑳, then ㉑…㊿; a plain number past 50. */
export function circledNumber(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1)
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21)
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36)
  return `(${n})`
}
