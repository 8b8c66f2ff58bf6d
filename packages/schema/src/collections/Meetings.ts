import { label, MEETING_KINDS, WORKING_GROUPS } from '@oneheart/contract'
import type { CollectionConfig } from 'payload'
import { staff, staffOrPublished } from '../access/index.ts'
import { withEditorScreens } from '../admin/editorScreens.ts'
import { lastEditedFields } from '../fields/lastEdited.ts'
import { acceptOptionLabels, calendarDateField } from '../fields/typed.ts'
import { recordDeletion, recordUnpublish, rememberLiveStatus } from '../hooks/recordRemoval.ts'
import { revalidateSiteOnChange, revalidateSiteOnDelete } from '../hooks/revalidateSite.ts'
import { dropSearchEntry, keepSearchEntryCurrent } from '../search/sync.ts'

/** Summaries of the first-layer council's monthly meetings: numbered items with "→" outcomes. */
export const Meetings: CollectionConfig = {
  slug: 'meetings',
  labels: { singular: label('第1層協議体の話し合い', 'Meeting'), plural: label('第1層協議体の話し合い', 'Meetings') },
  admin: withEditorScreens({ useAsTitle: 'title', defaultColumns: ['title', 'heldOn', 'kind', '_status'], group: label('記事', 'Content') }),
  access: { read: staffOrPublished, create: staff, update: staff, delete: staff },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: {
    beforeChange: [rememberLiveStatus],
    afterDelete: [recordDeletion, dropSearchEntry, revalidateSiteOnDelete],
    afterChange: [recordUnpublish, keepSearchEntryCurrent, revalidateSiteOnChange],
  },
  defaultSort: '-heldOn',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 80, label: label('見出し', 'Title'), admin: { placeholder: '10月 事業推進会議' } },
    {
      type: 'row',
      fields: [
        calendarDateField({ name: 'heldOn', ja: '開催日', en: 'Held on', required: true, allowMonth: true, index: true }),
        acceptOptionLabels({ name: 'kind', type: 'select', required: true, options: [...MEETING_KINDS], label: label('会議の種類', 'Kind') }),
      ],
    },
    {
      name: 'items',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 20,
      label: label('話し合ったこと', 'Agenda items'),
      labels: { singular: label('議題', 'Item'), plural: label('議題', 'Items') },
      fields: [
        { name: 'topic', type: 'text', required: true, maxLength: 200, label: label('議題', 'Topic') },
        {
          name: 'outcome',
          type: 'textarea',
          maxLength: 1000,
          label: label('→ 結果', '→ Outcome'),
          admin: { description: label('結果が複数あるときは1行に1つ。', 'One outcome per line.') },
        },
        acceptOptionLabels({ name: 'group', type: 'select', options: [...WORKING_GROUPS], label: label('グループ', 'Working group') }),
      ],
    },
    ...lastEditedFields,
  ],
}
