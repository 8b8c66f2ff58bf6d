import { ACTIVITY_KINDS, ACTIVITY_STATUSES, label, WEEKDAYS } from '@oneheart/contract'
import type { CollectionConfig } from 'payload'
import { createContribution, deleteContribution, guardContribution, readContribution, updateContribution } from '../access/contributions.ts'
import { withEditorScreens } from '../admin/editorScreens.ts'
import { lastEditedFields } from '../fields/lastEdited.ts'
import { relationField } from '../fields/relation.ts'
import { createdByField, reviewField, trackReview } from '../fields/review.ts'
import { slugField } from '../fields/slug.ts'
import { acceptOptionLabels, calendarDateField, phoneField } from '../fields/typed.ts'
import { recordDeletion, recordUnpublish, rememberLiveStatus } from '../hooks/recordRemoval.ts'
import { revalidateSiteOnChange, revalidateSiteOnDelete } from '../hooks/revalidateSite.ts'
import { dropSearchEntry, keepSearchEntryCurrent } from '../search/sync.ts'

export const Activities: CollectionConfig = {
  slug: 'activities',
  labels: { singular: label('活動', 'Activity'), plural: label('助け合い活動・居場所', 'Activities') },
  admin: withEditorScreens({
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'district', 'status', '_status'],
    group: label('地域', 'Areas'),
    components: { edit: { PublishButton: '@oneheart/admin/PublishOrSubmit#PublishOrSubmit' } },
  }),
  access: { read: readContribution, create: createContribution, update: updateContribution, delete: deleteContribution },
  versions: { drafts: { autosave: { interval: 2000, showSaveDraftButton: true } }, maxPerDoc: 50 },
  hooks: {
    beforeChange: [rememberLiveStatus, guardContribution('council'), trackReview],
    afterDelete: [recordDeletion, dropSearchEntry, revalidateSiteOnDelete],
    afterChange: [recordUnpublish, keepSearchEntryCurrent, revalidateSiteOnChange],
  },
  defaultSort: 'reading',
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80, label: label('活動名', 'Name') },
    { name: 'reading', type: 'text', maxLength: 120, label: label('よみがな', 'Reading') },
    {
      type: 'row',
      fields: [
        acceptOptionLabels({ name: 'kind', type: 'select', required: true, options: [...ACTIVITY_KINDS], label: label('種類', 'Kind') }),
        acceptOptionLabels({
          name: 'status',
          type: 'select',
          // Payload's draft status already owns enum_activities_status.
          enumName: 'enum_activities_operating_status',
          required: true,
          defaultValue: 'active',
          options: [...ACTIVITY_STATUSES],
          label: label('状況', 'Status'),
        }),
      ],
    },
    relationField({ name: 'district', relationTo: 'districts', noun: '地区', labelEn: 'District', required: true }),
    relationField({ name: 'council', relationTo: 'councils', noun: '協議体', labelEn: 'Council' }),
    { name: 'neighbourhood', type: 'text', maxLength: 60, label: label('町内会', 'Neighbourhood association') },
    { name: 'place', type: 'text', maxLength: 120, label: label('場所', 'Place') },
    {
      name: 'schedule',
      type: 'group',
      label: label('開催日', 'Schedule'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'frequency', type: 'text', maxLength: 20, label: label('頻度', 'Frequency'), admin: { placeholder: '月2回' } },
            {
              name: 'weekdays',
              type: 'select',
              hasMany: true,
              options: [...WEEKDAYS],
              label: label('曜日', 'Weekdays'),
            },
          ],
        },
        {
          name: 'detail',
          type: 'text',
          maxLength: 120,
          label: label('くわしく', 'Details'),
          admin: { placeholder: '第1・第3火曜 10:00〜12:00' },
        },
      ],
    },
    { name: 'fee', type: 'text', maxLength: 60, label: label('参加費・協力金', 'Fee'), admin: { placeholder: '協力金100円' } },
    { name: 'organiser', type: 'text', maxLength: 80, label: label('世話人・運営', 'Run by') },
    {
      name: 'contact',
      type: 'group',
      label: label('問い合わせ先', 'Contact'),
      fields: [
        { name: 'name', type: 'text', maxLength: 80, label: label('名前・窓口', 'Name or office') },
        phoneField({ name: 'phone', ja: '電話番号', en: 'Phone' }),
      ],
    },
    // 「11月から始まりました」: often only the month is known.
    calendarDateField({ name: 'startedOn', ja: '始まった日', en: 'Started on', allowMonth: true }),
    { name: 'summary', type: 'textarea', maxLength: 1000, label: label('紹介', 'Summary') },
    { name: 'history', type: 'textarea', maxLength: 4000, label: label('始まりと歩み', 'History') },
    { name: 'photo', type: 'upload', relationTo: 'media', label: label('写真', 'Photo') },
    slugField('activity'),
    createdByField,
    reviewField,
    ...lastEditedFields,
  ],
}
