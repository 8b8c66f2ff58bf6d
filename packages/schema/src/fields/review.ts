import { label, REVIEW_STATES } from '@oneheart/contract'
import { type CollectionBeforeChangeHook, type Field, ValidationError } from 'payload'
import { hasRole } from '../access/index.ts'
import { ERA_DATE_FIELD } from '../admin/eraDate.ts'

/** Who wrote the first draft: a contributor's own work is what they may edit and delete. */
export const createdByField: Field = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  label: label('書いた人', 'Written by'),
  admin: { readOnly: true, position: 'sidebar' },
  hooks: {
    beforeChange: [
      // Set once, on creation; a later save can never hand the work to someone else.
      ({ operation, req, value, originalDoc }) =>
        operation === 'create' ? (req.user?.collection === 'users' ? req.user.id : value) : (originalDoc?.createdBy ?? value),
    ],
  },
}

const editorsOnly = ({ req }: { req: { user?: unknown } }) => hasRole(req.user as never, 'admin', 'editor')

/** The review conversation on a draft: its state, the editor's comment, when it was submitted. */
export const reviewField: Field = {
  name: 'review',
  type: 'group',
  label: label('確認', 'Review'),
  admin: { position: 'sidebar' },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'writing',
      options: [...REVIEW_STATES],
      label: label('確認の状態', 'Review state'),
      admin: {
        description: label(
          '書き終えたら「確認待ち」にして保存してください。編集者が確認して公開します。',
          'Set to submitted when done; an editor reviews and publishes.',
        ),
      },
    },
    {
      name: 'comment',
      type: 'textarea',
      maxLength: 1000,
      label: label('編集者からのコメント', 'Comment from the editor'),
      access: { create: editorsOnly, update: editorsOnly },
    },
    {
      name: 'submittedAt',
      type: 'date',
      label: label('確認を依頼した日時', 'Submitted at'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' }, components: { Field: ERA_DATE_FIELD } },
    },
  ],
}

export const REVIEW_MESSAGES = {
  commentRequired: '差し戻すときは、直してほしいところをコメントに書いてください。',
} as const

/**
 * Keeps the review state true: submitting stamps the time, sending back needs a comment (drafts
 * skip field validation, so this is a hook), and publishing marks the work approved.
 */
export const trackReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const review = { ...(originalDoc?.review ?? {}), ...(data.review ?? {}) }
  if (data._status === 'published') review.state = 'approved'
  if (review.state === 'submitted' && originalDoc?.review?.state !== 'submitted') review.submittedAt = new Date().toISOString()
  if (review.state === 'returned' && !String(review.comment ?? '').trim()) {
    throw new ValidationError({ errors: [{ path: 'review.comment', message: REVIEW_MESSAGES.commentRequired }], req }, req.t)
  }
  return { ...data, review }
}
