import type { CollectionConfig } from 'payload'
import { staff, staffOrPublished } from '../access/index.ts'
import { relationField } from '../fields/relation.ts'
import { slugField } from '../fields/slug.ts'
import { sessionTimestamps } from '../hooks/sessionTimestamps.ts'
import { lastEditedFields } from '../fields/lastEdited.ts'
import { recordDeletion, recordUnpublish, rememberLiveStatus } from '../hooks/recordRemoval.ts'
import { label } from '../labels.ts'
import { messages, minutesOf, TIME_PATTERN, validateTime } from '../validation.ts'

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: label('お知らせ・催し', 'Event'), plural: label('お知らせ・催し', 'Events') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'firstSessionAt', '_status'], group: label('記事', 'Content') },
  access: { read: staffOrPublished, create: staff, update: staff, delete: staff },
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 50 },
  hooks: { afterDelete: [recordDeletion], afterChange: [recordUnpublish], beforeChange: [sessionTimestamps, rememberLiveStatus] },
  defaultSort: '-firstSessionAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, label: label('名称', 'Title') },
    { name: 'purpose', type: 'textarea', maxLength: 2000, label: label('目的', 'Purpose') },
    { name: 'theme', type: 'textarea', maxLength: 2000, label: label('内容・テーマ', 'Content and theme') },
    {
      name: 'capacityPerCouncil',
      type: 'number',
      min: 1,
      max: 100,
      label: label('定員（1協議体あたり）', 'Capacity per council'),
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
            { name: 'number', type: 'number', required: true, min: 1, label: label('回', 'No.') },
            {
              name: 'date',
              type: 'date',
              required: true,
              label: label('日付', 'Date'),
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy/MM/dd' } },
            },
            { name: 'startTime', type: 'text', required: true, label: label('開始', 'Starts'), validate: validateTime, admin: { placeholder: '13:30' } },
            {
              name: 'endTime',
              type: 'text',
              required: true,
              label: label('終了', 'Ends'),
              admin: { placeholder: '15:00' },
              validate: (value: unknown, { siblingData }: { siblingData: { startTime?: unknown } }) => {
                const valid = validateTime(value)
                if (valid !== true) return valid
                const start = siblingData.startTime
                if (typeof start !== 'string' || !TIME_PATTERN.test(start)) return true
                return minutesOf(value as string) > minutesOf(start) ? true : messages.endBeforeStart
              },
            },
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
    { name: 'firstSessionAt', type: 'date', index: true, label: label('最初の開催', 'First session'), admin: { readOnly: true, position: 'sidebar' } },
    { name: 'lastSessionAt', type: 'date', index: true, label: label('最後の開催', 'Last session'), admin: { readOnly: true, position: 'sidebar' } },
    { name: 'contact', type: 'text', maxLength: 200, label: label('申込み・問い合わせ', 'Contact') },
    slugField('event'),
    ...lastEditedFields,
  ],
}
