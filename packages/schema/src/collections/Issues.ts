import { label } from '@oneheart/contract'
import { type CollectionBeforeChangeHook, type CollectionConfig, ValidationError } from 'payload'
import { staff, staffOrPublished } from '../access/index.ts'
import { withEditorScreens } from '../admin/editorScreens.ts'
import { livePreviewOn } from '../admin/livePreview.ts'
import { archiveSourceField } from '../fields/archiveSource.ts'
import { lastEditedFields } from '../fields/lastEdited.ts'
import { calendarDateField, wholeNumberField } from '../fields/typed.ts'
import { recordDeletion, recordUnpublish, rememberLiveStatus } from '../hooks/recordRemoval.ts'
import { revalidateSiteOnChange, revalidateSiteOnDelete } from '../hooks/revalidateSite.ts'
import { dropSearchEntry, keepSearchEntryCurrent } from '../search/sync.ts'
import { issueEndpoints } from '../workflow/issueEndpoints.ts'
import { publishDraftsWithIssue, refuseIssueWithBlockers } from '../workflow/publishIssue.ts'

/**
 * Two issues cannot share a 号数. Checked before the database's unique index answers, so the
 * message names the field and the issue that has the number, drafts included.
 */
const refuseTakenNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  if (!Number.isInteger(data.number) || data.number === originalDoc?.number) return data
  const { docs } = await req.payload.find({
    collection: 'issues',
    where: { and: [{ number: { equals: data.number } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    limit: 1,
    depth: 0,
    draft: true,
    select: { title: true },
    overrideAccess: true,
    req,
  })
  const taken = docs[0]
  if (!taken) return data
  const message = `号数 ${data.number} はすでに「${taken.title}」で使われています。別の号数にしてください。`
  throw new ValidationError({ collection: collection.slug, errors: [{ path: 'number', label: '号数', message }], req }, req.t)
}

export const Issues: CollectionConfig = {
  slug: 'issues',
  labels: { singular: label('号', 'Issue'), plural: label('SC通信（号）', 'Issues') },
  admin: withEditorScreens({
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'issuedOn', '_status'],
    group: label('記事', 'Content'),
    livePreview: livePreviewOn('issue'),
    components: { edit: { PublishButton: '@oneheart/admin/issue/IssuePublishButton#IssuePublishButton' } },
  }),
  access: { read: staffOrPublished, create: staff, update: staff, delete: staff },
  versions: { drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, schedulePublish: true }, maxPerDoc: 50 },
  endpoints: issueEndpoints,
  hooks: {
    beforeChange: [refuseTakenNumber, rememberLiveStatus, refuseIssueWithBlockers],
    afterDelete: [recordDeletion, dropSearchEntry, revalidateSiteOnDelete],
    afterChange: [recordUnpublish, publishDraftsWithIssue, keepSearchEntryCurrent, revalidateSiteOnChange],
  },
  defaultSort: '-issuedOn',
  fields: [
    {
      type: 'row',
      fields: [
        wholeNumberField({
          name: 'number',
          ja: '号数',
          en: 'Number',
          required: true,
          example: '12',
          min: 1,
          max: 9999,
          overrides: { unique: true, index: true },
        }),
        calendarDateField({ name: 'issuedOn', ja: '発行日', en: 'Issue date', required: true, allowMonth: true, index: true }),
      ],
    },
    { name: 'title', type: 'text', required: true, maxLength: 80, label: label('号のタイトル', 'Title'), admin: { placeholder: '第12号 夏号' } },
    {
      name: 'greeting',
      type: 'textarea',
      maxLength: 1200,
      label: label('みなさまへ（ごあいさつ）', 'Greeting'),
    },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('表紙の写真', 'Cover photo') },
    {
      type: 'collapsible',
      label: label('この号のいつものお知らせ', 'Standing notices of this issue'),
      admin: { initCollapsed: true },
      fields: [
        {
          // The wording changes a little from issue to issue; empty means the settings' wording.
          name: 'requestBox',
          type: 'richText',
          label: label('コーディネーターへのご依頼（この号の文面）', 'Request box (this issue’s wording)'),
          admin: {
            description: label(
              '空欄なら「SC通信の設定」の文面を載せます。紙面と号のページに1回だけ載ります。',
              'Empty: the wording from the settings. Printed once.',
            ),
          },
        },
        {
          name: 'showLayers',
          type: 'checkbox',
          defaultValue: false,
          label: label('第1層・第2層・第3層の説明を載せる', 'Include the layers explainer'),
        },
      ],
    },
    {
      name: 'plannedPages',
      type: 'select',
      defaultValue: '4',
      options: ['2', '4', '6', '8'],
      label: label('予定ページ数', 'Planned pages'),
      admin: { position: 'sidebar' },
    },
    {
      // What would stop publishing, what is risky, and what goes live along (apps/cms).
      name: 'checklist',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@oneheart/admin/issue/IssueChecklist#IssueChecklist' } },
    },
    {
      // Links to the print app's preview of this issue's drafts, signed for the editor (apps/cms).
      name: 'printPreview',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@oneheart/admin/issue/PrintPreviewLinks#PrintPreviewLinks' } },
    },
    {
      name: 'pdf',
      type: 'upload',
      relationTo: 'media',
      label: label('発行したPDF', 'Published PDF'),
      admin: { position: 'sidebar', description: label('市のサイトに載せた紙面のPDF', 'The paper edition as published') },
    },
    {
      // The running order with 上へ / 下へ, and what publishing takes along (apps/cms).
      name: 'articleOrder',
      type: 'ui',
      admin: { components: { Field: '@oneheart/admin/issue/IssueArticleOrder#IssueArticleOrder' } },
    },
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'issue',
      defaultSort: 'position',
      defaultLimit: 50,
      label: label('この号の記事', 'Articles in this issue'),
      // Every row is in this issue: a 掲載号 column would only repeat it.
      admin: { defaultColumns: ['title', 'kind', 'position', '_status'] },
    },
    archiveSourceField,
    ...lastEditedFields,
  ],
}
