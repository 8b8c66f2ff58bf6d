import { isCalendarDate, morningOfCalendarDate, parseCalendarDate } from '@oneheart/contract'
import type { FieldHook } from 'payload'
import { refuseInDrafts } from '../fields/typed.ts'
import { relationId } from '../relations.ts'

/** A date field (an instant) that also takes a typed day such as 令和8年2月16日 or R8.2.16. */
export function typedInstant(_ja: string): FieldHook {
  return ({ value }) => {
    if (typeof value !== 'string' || value.trim() === '') return value === '' ? null : value
    if (!Number.isNaN(new Date(value).getTime()) && /^\d{4}-\d{2}-\d{2}/.test(value)) return value
    const parsed = parseCalendarDate(value)
    return parsed.ok ? morningOfCalendarDate(parsed.value) : value.trim()
  }
}

const validInstant = (ja: string) => (value: unknown) =>
  value == null || (typeof value === 'string' && !Number.isNaN(new Date(value).getTime())) || value instanceof Date
    ? true
    : `「${ja}」は「令和8年2月16日」「2026/2/16」のように入力してください。`

const refuseDraftInstant = refuseInDrafts('公開日', validInstant('公開日'))

/**
 * An article's 公開日 is its issue's date unless the editor set one: the day the paper came
 * out, not the day the article was typed. An article without an issue gets the publish day.
 */
export const defaultPublishedAtFromIssue: FieldHook = async (args) => {
  const { value, siblingData, req } = args
  refuseDraftInstant(args) // throws on a value no one can read, before the database would
  if (value) return value
  const issueId = relationId(siblingData.issue)
  if (issueId != null && Number.isInteger(issueId)) {
    const issue = await req.payload
      .findByID({ collection: 'issues', id: issueId, depth: 0, draft: true, select: { issuedOn: true }, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)
    if (issue && isCalendarDate(issue.issuedOn, true)) return morningOfCalendarDate(issue.issuedOn)
  }
  return siblingData._status === 'published' ? new Date().toISOString() : value
}
