import type { ImportedIssueRef } from '@oneheart/archive/result'
import { formatEraDate } from '@oneheart/ui/dates'

/** How the screen names an issue: 第8号「めざせ！ワンハート」（令和7年8月）, leaving out what is not known. */
export function issueName(issue: Pick<ImportedIssueRef, 'number' | 'title' | 'issuedOn'>): string {
  const number = issue.number === null ? '' : `第${issue.number}号`
  let date = ''
  try {
    date = issue.issuedOn ? `（${formatEraDate(issue.issuedOn, { weekday: false })}）` : ''
  } catch {
    date = `（${issue.issuedOn}）`
  }
  return `${number}「${issue.title}」${date}`
}
