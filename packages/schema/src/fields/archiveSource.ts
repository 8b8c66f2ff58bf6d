import { label } from '@oneheart/contract'
import type { Field } from 'payload'
import { wholeNumberField } from './typed.ts'

/**
 * What an issue imported from a PDF back issue keeps of its source (packages/archive writes it):
 * when, from which file (its SHA-256, which makes a second import of the same file a no-op),
 * and each page's text as read, with how it was read. The stored text is the original as read;
 * search repairs damage on its own side (packages/search normalize).
 */
export const archiveSourceField: Field = {
  name: 'archive',
  type: 'group',
  label: label('過去の号（PDFから取り込み）', 'Back issue (imported from PDF)'),
  admin: {
    condition: (data) => Boolean(data?.archive?.importedAt),
    description: label(
      '紙面のPDFから読み取った内容です。読み取りに自信のないページには印があります。',
      'Read from the PDF; pages read with low confidence are marked.',
    ),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'importedAt',
          type: 'date',
          label: label('取り込んだ日時', 'Imported at'),
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'sourceName', type: 'text', maxLength: 255, label: label('元のファイル名', 'Source file'), admin: { readOnly: true } },
      ],
    },
    {
      name: 'sourceHash',
      type: 'text',
      unique: true,
      index: true,
      maxLength: 64,
      label: label('元のファイルの指紋（SHA-256）', 'Source SHA-256'),
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'pages',
      type: 'array',
      label: label('ページ', 'Pages'),
      labels: { singular: label('ページ', 'Page'), plural: label('ページ', 'Pages') },
      fields: [
        {
          type: 'row',
          fields: [
            wholeNumberField({ name: 'number', ja: 'ページ', en: 'Page', required: true, example: '2', min: 1, max: 999 }),
            { name: 'ocr', type: 'checkbox', label: label('画像から文字を読み取った（OCR）', 'Read by OCR') },
            { name: 'confidence', type: 'number', min: 0, max: 100, label: label('読み取りの確からしさ（%）', 'OCR confidence (%)') },
            { name: 'needsReview', type: 'checkbox', label: label('読み取りを確認してください', 'Needs review') },
          ],
        },
        { name: 'thumbnail', type: 'upload', relationTo: 'media', label: label('ページの縮小画像', 'Page thumbnail') },
        { name: 'text', type: 'textarea', maxLength: 40000, label: label('ページの文字', 'Page text') },
      ],
    },
  ],
}

/** The page of the back issue an imported article starts on: the site links to it (…#p2). */
export const sourcePageField: Field = wholeNumberField({
  name: 'sourcePage',
  ja: '元の紙面のページ',
  en: 'Page in the original',
  example: '2',
  min: 1,
  max: 999,
  overrides: { admin: { position: 'sidebar', condition: (data) => Boolean(data?.sourcePage) } },
})
