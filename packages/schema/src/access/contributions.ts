import { type Access, APIError, type CollectionBeforeChangeHook, ValidationError, type Where } from 'payload'
import { relationIds } from '../relations.ts'
import { hasRole, publishedOnly } from './index.ts'

/**
 * What contributors (あんしんセンター staff and other report writers) may do with articles and
 * activities: write drafts for the councils assigned to them, edit and delete their own drafts,
 * and submit them for review. Publishing, and anyone else's work, stay with editors.
 */

type UserLike = { id?: number | string; role?: string | null; collection?: string; councils?: unknown } | null | undefined

export const isContributor = (user: UserLike) => hasRole(user, 'contributor')

/** The councils a contributor writes for (ids, whether or not the relation was populated). */
export function assignedCouncils(user: UserLike): number[] {
  return (Array.isArray(user?.councils) ? relationIds(user.councils) : []).filter(Number.isFinite)
}

const ownWork = (user: UserLike): Where => ({ createdBy: { equals: user?.id } })

/** Staff read everything; a contributor reads what is published and their own drafts; everyone else what is published. */
export const readContribution: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (isContributor(req.user)) return { or: [publishedOnly, ownWork(req.user)] }
  return publishedOnly
}

export const createContribution: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'contributor')

/** A contributor edits only their own work; what they may change is checked by guardContribution. */
export const updateContribution: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return isContributor(req.user) ? ownWork(req.user) : false
}

/** A contributor deletes only their own drafts that were never published. */
export const deleteContribution: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return isContributor(req.user) ? { and: [ownWork(req.user), { _status: { equals: 'draft' } }] } : false
}

// Errors carry a `data` object: Payload's REST layer shows an APIError's own message only then.
export const CONTRIBUTOR_MESSAGES = {
  publish: '寄稿者は公開できません。「確認を依頼」にして、編集者に公開してもらってください。',
  unpublishedOnly: '一度公開された原稿は、編集者だけが変更できます。',
  councilRequired: '確認を依頼する前に、担当の協議体を選んでください。',
  councilNotAssigned: '担当していない協議体は選べません。担当の協議体だけを選んでください。',
  reviewByEditor: '差し戻しと承認は編集者が行います。',
} as const

/**
 * Before a contributor's save: never a publish, never a change to published work, only their
 * councils (and at least one once submitted), and of the review states only 執筆中 and 確認待ち. `councilField` names the
 * collection's council relation ('councils' on articles, 'council' on activities).
 */
export function guardContribution(councilField: 'councils' | 'council'): CollectionBeforeChangeHook {
  return ({ req, data, originalDoc, operation }) => {
    if (!isContributor(req.user)) return data
    if (data._status === 'published') throw new APIError(CONTRIBUTOR_MESSAGES.publish, 403, { reason: 'contributor-cannot-publish' }, true)
    if (operation === 'update' && originalDoc?._status === 'published')
      throw new APIError(CONTRIBUTOR_MESSAGES.unpublishedOnly, 403, { reason: 'published-work-is-editors' }, true)
    const chosen = relationIds(data[councilField])
    const assigned = new Set(assignedCouncils(req.user))
    const state = data.review?.state
    // A blank draft (the admin creates one as soon as the form opens) may wait for its council;
    // one submitted for review may not.
    if (chosen.length === 0 && state === 'submitted')
      throw new ValidationError({ errors: [{ path: councilField, message: CONTRIBUTOR_MESSAGES.councilRequired }], req }, req.t)
    if (chosen.some((id) => !assigned.has(id))) {
      throw new ValidationError({ errors: [{ path: councilField, message: CONTRIBUTOR_MESSAGES.councilNotAssigned }], req }, req.t)
    }
    if (state && state !== 'writing' && state !== 'submitted' && state !== originalDoc?.review?.state) {
      throw new ValidationError({ errors: [{ path: 'review.state', message: CONTRIBUTOR_MESSAGES.reviewByEditor }], req }, req.t)
    }
    return data
  }
}
