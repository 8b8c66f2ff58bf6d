import { label, STORY_PARTS } from '@oneheart/contract'
import type { Block } from 'payload'

/** 【目的】【経緯】【様子】【今後】【感想】, or a label of the editor's own (【参加者の声】). */
export const PartBlock: Block = {
  slug: 'part',
  interfaceName: 'PartBlock',
  labels: { singular: label('【】見出しつきの段落', 'Labelled part'), plural: label('【】見出しつきの段落', 'Labelled parts') },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'label',
          type: 'select',
          required: true,
          defaultValue: 'purpose',
          options: [
            ...STORY_PARTS.map((part) => ({ value: part.name, label: label(`【${part.heading}】`, part.en) })),
            { value: 'other', label: label('ほかの見出し', 'Other') },
          ],
          label: label('見出し', 'Label'),
        },
        {
          name: 'customLabel',
          type: 'text',
          maxLength: 20,
          label: label('見出しの言葉', 'Label text'),
          admin: { condition: (_data, siblingData) => siblingData?.label === 'other', placeholder: '参加者の声' },
          validate: (value: unknown, { siblingData }: { siblingData: { label?: string } }) =>
            siblingData.label === 'other' && !value ? '「見出しの言葉」を入力してください（例: 参加者の声）。' : true,
        },
      ],
    },
    { name: 'text', type: 'textarea', required: true, maxLength: 4000, label: label('文章', 'Text') },
  ],
}
