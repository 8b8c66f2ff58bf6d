import { CAPACITY_SCOPES, CLOCK_TIME, label, minutesOf } from '@oneheart/contract'
import type { CollectionConfig } from 'payload'
import { staff, staffOrPublished } from '../access/index.ts'
import { withEditorScreens } from '../admin/editorScreens.ts'
import { ERA_DATE_FIELD } from '../admin/eraDate.ts'
import { lastEditedFields } from '../fields/lastEdited.ts'
import { relationField } from '../fields/relation.ts'
import { slugField } from '../fields/slug.ts'
import { acceptOptionLabels, calendarDateField, clockTimeField, wholeNumberField } from '../fields/typed.ts'
import { recordDeletion, recordUnpublish, rememberLiveStatus } from '../hooks/recordRemoval.ts'
import { revalidateSiteOnChange, revalidateSiteOnDelete } from '../hooks/revalidateSite.ts'
import { sessionTimestamps } from '../hooks/sessionTimestamps.ts'
import { dropSearchEntry, keepSearchEntryCurrent } from '../search/sync.ts'
import { messages } from '../validation.ts'

const endTime = clockTimeField({ name: 'endTime', ja: '終了', en: 'Ends' })
/** The end needs a start, and comes after it. */
const endTimeField = {
  ...endTime,
  validate: (value: unknown, args: { siblingData: { startTime?: unknown } }) => {
    const valid = (endTime.validate as (value: unknown) => true | string)(value)
    if (valid !== true || value == null || value === '') return valid
    const start = args.siblingData.startTime
    if (start == null || start === '') return messages.endWithoutStart
    if (typeof start !== 'string' || !CLOCK_TIME.test(start)) return true
    return minutesOf(value as string) > minutesOf(start) ? true : messages.endBeforeStart
  },
}

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: label('お知らせ・催し', 'Event'), plural: label('お知らせ・催し', 'Events') },
  admin: withEditorScreens({ useAsTitle: 'title', defaultColumns: ['title', 'firstSessionAt', '_status'], group: label('記事', 'Content') }),
  access: { read: staffOrPublished, create: staff, update: staff, delete: staff },
  versions: { drafts: { autosave: { interval: 2000, showSaveDraftButton: true } }, maxPerDoc: 50 },
  hooks: {
    afterDelete: [recordDeletion, dropSearchEntry, revalidateSiteOnDelete],
    afterChange: [recordUnpublish, keepSearchEntryCurrent, revalidateSiteOnChange],
    beforeChange: [sessionTimestamps, rememberLiveStatus],
  },
  defaultSort: '-firstSessionAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, label: label('名称', 'Title') },
    { name: 'purpose', type: 'textarea', maxLength: 2000, label: label('目的', 'Purpose') },
    { name: 'theme', type: 'textarea', maxLength: 2000, label: label('内容・テーマ', 'Content and theme') },
    {
      // A course open to everyone has one capacity; an exchange meeting counts each council's seats.
      type: 'row',
      fields: [
        wholeNumberField({
          name: 'capacity',
          ja: '定員',
          en: 'Capacity',
          example: '20',
          min: 1,
          max: 1000,
          overrides: { admin: { description: label('定員がなければ空欄。', 'Empty when there is none.') } },
        }),
        acceptOptionLabels({
          name: 'capacityScope',
          type: 'select',
          options: [...CAPACITY_SCOPES],
          defaultValue: 'total',
          label: label('定員の数え方', 'Capacity counts'),
          admin: { condition: (data) => data.capacity != null && data.capacity !== '' },
        }),
      ],
    },
    {
      name: 'sessions',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 30,
      label: label('開催回', 'Sessions'),
      labels: { singular: label('開催回', 'Session'), plural: label('開催回', 'Sessions') },
      fields: [
        {
          type: 'row',
          fields: [
            wholeNumberField({ name: 'number', ja: '回', en: 'No.', required: true, example: '1', min: 1, max: 99 }),
            // A past gathering is reported by month (「7月末に開催しました」), with no day or times.
            calendarDateField({ name: 'date', ja: '日付', en: 'Date', required: true, allowMonth: true }),
            clockTimeField({
              name: 'startTime',
              ja: '開始',
              en: 'Starts',
              rangeFills: 'endTime',
              admin: { description: label('「10:00~12:00」と入れると終了も入ります。', 'A range fills the end too.') },
            }),
            endTimeField,
          ],
        },
        { name: 'venue', type: 'text', required: true, maxLength: 120, label: label('会場', 'Venue') },
        relationField({ name: 'invitedCouncils', relationTo: 'councils', noun: '協議体', labelEn: 'Invited councils', hasMany: true }),
        { name: 'note', type: 'text', maxLength: 200, label: label('備考', 'Note') },
        // Derived in Japan time from date + times, for sorting and "upcoming" queries.
        { name: 'startsAt', type: 'date', admin: { hidden: true }, index: true },
        { name: 'endsAt', type: 'date', admin: { hidden: true } },
      ],
    },
    {
      name: 'firstSessionAt',
      type: 'date',
      index: true,
      label: label('最初の開催', 'First session'),
      admin: { readOnly: true, position: 'sidebar', components: { Field: ERA_DATE_FIELD } },
    },
    {
      name: 'lastSessionAt',
      type: 'date',
      index: true,
      label: label('最後の開催', 'Last session'),
      admin: { readOnly: true, position: 'sidebar', components: { Field: ERA_DATE_FIELD } },
    },
    { name: 'contact', type: 'text', maxLength: 200, label: label('申込み・問い合わせ', 'Contact') },
    slugField('event'),
    ...lastEditedFields,
  ],
}
