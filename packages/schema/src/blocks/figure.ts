import { label } from '@oneheart/contract'
import type { Block } from 'payload'

/**
 * A photo or a diagram where it stands in the story. Its text alternative is the image's own
 * (required on upload) unless the editor words one for this place; a diagram (the layers,
 * a cycle of the council's functions) also gets a long description for those who cannot see it.
 */
export const FigureBlock: Block = {
  slug: 'figure',
  interfaceName: 'FigureBlock',
  labels: { singular: label('図・写真', 'Figure'), plural: label('図・写真', 'Figures') },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true, label: label('画像', 'Image') },
    { name: 'caption', type: 'text', maxLength: 200, label: label('説明（キャプション）', 'Caption') },
    { name: 'alt', type: 'text', maxLength: 300, label: label('代替テキスト（空欄なら画像の説明）', 'Text alternative (defaults to the image’s)') },
    {
      name: 'longDescription',
      type: 'textarea',
      maxLength: 2000,
      label: label('図のくわしい説明（図・表のとき）', 'Long description (diagrams)'),
      admin: { description: label('図の中身を文章で。画面読み上げで読まれます。', 'What the diagram shows, read by screen readers.') },
    },
  ],
}
