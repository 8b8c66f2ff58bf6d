import type { CollectionConfig } from 'payload'
import { staff, staffOrPublished } from '../access/index.ts'
import { lastEditedFields } from '../fields/lastEdited.ts'
import { recordDeletion, recordUnpublish, rememberLiveStatus } from '../hooks/recordRemoval.ts'
import { label } from '../labels.ts'
import { livePreviewOn } from '../livePreview.ts'
import { publishArticlesWithIssue } from '../workflow/publishIssue.ts'

export const Issues: CollectionConfig = {
  slug: 'issues',
  labels: { singular: label('号', 'Issue'), plural: label('SC通信（号）', 'Issues') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'issuedOn', '_status'],
    group: label('記事', 'Content'),
    livePreview: livePreviewOn('issue'),
  },
  access: { read: staffOrPublished, create: staff, update: staff, delete: staff },
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
  hooks: { beforeChange: [rememberLiveStatus], afterDelete: [recordDeletion], afterChange: [recordUnpublish, publishArticlesWithIssue] },
  defaultSort: '-number',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'number', required: true, unique: true, index: true, min: 1, max: 9999, label: label('号数', 'Number') },
        {
          name: 'issuedOn',
          type: 'date',
          required: true,
          index: true,
          label: label('発行日', 'Issue date'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy/MM/dd' } },
        },
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
      name: 'plannedPages',
      type: 'select',
      defaultValue: '4',
      options: ['2', '4', '6', '8'],
      label: label('予定ページ数', 'Planned pages'),
      admin: { position: 'sidebar' },
    },
    {
      // Links to the print app's preview of this issue's drafts, signed for the editor (apps/cms).
      name: 'printPreview',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/PrintPreviewLinks#PrintPreviewLinks' } },
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
      admin: { components: { Field: '/components/IssueArticleOrder#IssueArticleOrder' } },
    },
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'issue',
      defaultSort: 'position',
      defaultLimit: 50,
      label: label('この号の記事', 'Articles in this issue'),
    },
    ...lastEditedFields,
  ],
}
