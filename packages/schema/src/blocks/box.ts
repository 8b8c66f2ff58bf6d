import { BOX_TONES, label } from '@oneheart/contract'
import type { Block } from 'payload'

/** A framed note with a title, inside or beside a story: voices from a survey, a request, a column. */
export const BoxBlock: Block = {
  slug: 'box',
  interfaceName: 'BoxBlock',
  labels: { singular: label('囲み', 'Box'), plural: label('囲み', 'Boxes') },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 80, label: label('囲みの見出し', 'Title'), admin: { placeholder: '前回のアンケートの声' } },
        { name: 'tone', type: 'select', required: true, defaultValue: 'note', options: [...BOX_TONES], label: label('種類', 'Kind') },
      ],
    },
    { name: 'body', type: 'richText', required: true, label: label('中身', 'Content') },
  ],
}
