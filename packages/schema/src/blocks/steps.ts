import { label } from '@oneheart/contract'
import type { Block } from 'payload'

/**
 * A story told as steps (a new member joins → the area's problem is shared → study session →
 * visit): boxes joined by arrows on the site and on paper, an ordered list for screen readers.
 */
export const StepsBlock: Block = {
  slug: 'steps',
  interfaceName: 'StepsBlock',
  labels: { singular: label('流れ（ステップ）', 'Step flow'), plural: label('流れ（ステップ）', 'Step flows') },
  fields: [
    { name: 'title', type: 'text', maxLength: 60, label: label('流れの見出し（なくてもよい）', 'Title (optional)'), admin: { placeholder: 'これまでの歩み' } },
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 2,
      maxRows: 12,
      label: label('ステップ', 'Steps'),
      labels: { singular: label('ステップ', 'Step'), plural: label('ステップ', 'Steps') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', required: true, maxLength: 60, label: label('できごと', 'What happened'), admin: { placeholder: '勉強会' } },
            { name: 'detail', type: 'text', maxLength: 200, label: label('だれが・なにを', 'Who and what'), admin: { placeholder: '協議体メンバー・SC' } },
          ],
        },
      ],
    },
  ],
}
