import { ARTICLE_KINDS, type ArticleKind, label } from '@oneheart/contract'
import type { CollectionConfig } from 'payload'
import { createContribution, deleteContribution, guardContribution, readContribution, updateContribution } from '../access/contributions.ts'
import { withEditorScreens } from '../admin/editorScreens.ts'
import { ERA_DATE_FIELD } from '../admin/eraDate.ts'
import { livePreviewOn } from '../admin/livePreview.ts'
import { articleBlocksField } from '../blocks/index.ts'
import { sourcePageField } from '../fields/archiveSource.ts'
import { lastEditedFields } from '../fields/lastEdited.ts'
import { photosField } from '../fields/photos.ts'
import { relationField } from '../fields/relation.ts'
import { createdByField, reviewField, trackReview } from '../fields/review.ts'
import { slugField } from '../fields/slug.ts'
import { acceptOptionLabels, calendarDateField, wholeNumberField } from '../fields/typed.ts'
import { prefillFromActivity } from '../hooks/prefillFromActivity.ts'
import { defaultPublishedAtFromIssue, typedInstant } from '../hooks/publishedAt.ts'
import { recordDeletion, recordUnpublish, rememberLiveStatus } from '../hooks/recordRemoval.ts'
import { revalidateSiteOnChange, revalidateSiteOnDelete } from '../hooks/revalidateSite.ts'
import { dropSearchEntry, keepSearchEntryCurrent } from '../search/sync.ts'

const kindIs =
  (...kinds: ArticleKind[]) =>
  (data: { kind?: ArticleKind }) =>
    Boolean(data.kind && kinds.includes(data.kind))

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: label('記事', 'Article'), plural: label('記事', 'Articles') },
  admin: withEditorScreens({
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'issue', 'position', '_status'],
    group: label('記事', 'Content'),
    livePreview: livePreviewOn('article'),
    components: { edit: { PublishButton: '@oneheart/admin/PublishOrSubmit#PublishOrSubmit' } },
  }),
  access: { read: readContribution, create: createContribution, update: updateContribution, delete: deleteContribution },
  versions: { drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeChange: [rememberLiveStatus, prefillFromActivity, guardContribution('councils'), trackReview],
    afterDelete: [recordDeletion, dropSearchEntry, revalidateSiteOnDelete],
    afterChange: [recordUnpublish, keepSearchEntryCurrent, revalidateSiteOnChange],
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, label: label('見出し', 'Title') },
    acceptOptionLabels({ name: 'kind', type: 'select', required: true, options: [...ARTICLE_KINDS], label: label('記事の種類', 'Kind') }),
    {
      type: 'row',
      fields: [
        { name: 'issue', type: 'relationship', relationTo: 'issues', index: true, label: label('掲載号', 'Issue') },
        wholeNumberField({ name: 'position', ja: '号の中の順番', en: 'Position in issue', example: '3', min: 1, max: 99 }),
      ],
    },
    { name: 'lead', type: 'textarea', maxLength: 600, label: label('リード文', 'Lead') },
    {
      name: 'place',
      type: 'text',
      maxLength: 120,
      label: label('場所', 'Place'),
      admin: {
        condition: kindIs('activity-report', 'council-story'),
        description: label('活動を選ぶと、空欄なら活動の場所が入ります。', 'Filled from the activity when left empty.'),
      },
    },
    {
      name: 'visit',
      type: 'group',
      label: label('視察の内容', 'Visit'),
      admin: { condition: kindIs('visit') },
      fields: [
        { name: 'visitors', type: 'text', maxLength: 120, label: label('来られた団体', 'Visiting group') },
        {
          type: 'row',
          fields: [
            wholeNumberField({ name: 'headcount', ja: '人数', en: 'Number of people', example: '13', min: 1, max: 500 }),
            // 「11名（ほかに同行の職員2名）」: the paper counts the staff who came with the visitors apart.
            wholeNumberField({ name: 'staffCount', ja: '同行の職員', en: 'Accompanying staff', example: '2', min: 0, max: 100 }),
            calendarDateField({ name: 'visitedOn', ja: '視察日', en: 'Visited on', allowMonth: true }),
          ],
        },
      ],
    },
    articleBlocksField(),
    photosField(),
    {
      type: 'collapsible',
      label: label('関係する協議体・地区・活動・催し', 'Related records'),
      fields: [
        relationField({ name: 'councils', relationTo: 'councils', noun: '協議体', labelEn: 'Councils', hasMany: true }),
        relationField({ name: 'districts', relationTo: 'districts', noun: '地区', labelEn: 'Districts', hasMany: true }),
        relationField({ name: 'activities', relationTo: 'activities', noun: '活動', labelEn: 'Activities', hasMany: true }),
        relationField({ name: 'events', relationTo: 'events', noun: 'お知らせ・催し', labelEn: 'Events', hasMany: true }),
        relationField({ name: 'meetings', relationTo: 'meetings', noun: '話し合い', labelEn: 'Meetings', hasMany: true }),
      ],
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: label('公開日', 'Published at'),
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy/MM/dd' },
        // Typed as people write dates (令和9年2月1日), shown in the era (apps/cms).
        components: { Field: ERA_DATE_FIELD },
        description: label('空欄なら号の発行日になります。令和9年2月1日、2027/2/1 のどれでも。', 'Defaults to the issue’s date.'),
      },
      hooks: { beforeValidate: [typedInstant('公開日')], beforeChange: [defaultPublishedAtFromIssue] },
    },
    sourcePageField,
    slugField('article'),
    createdByField,
    reviewField,
    ...lastEditedFields,
  ],
}
