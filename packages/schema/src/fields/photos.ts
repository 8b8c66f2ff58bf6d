import { label } from '@oneheart/contract'
import type { ArrayField } from 'payload'

/** Photos with captions, as they appear beside a story in the paper edition. */
export function photosField(overrides: Partial<ArrayField> = {}): ArrayField {
  return {
    name: 'photos',
    type: 'array',
    label: label('写真', 'Photos'),
    labels: { singular: label('写真', 'Photo'), plural: label('写真', 'Photos') },
    maxRows: 12,
    fields: [
      { name: 'image', type: 'upload', relationTo: 'media', required: true, label: label('画像', 'Image') },
      { name: 'caption', type: 'text', maxLength: 120, label: label('キャプション', 'Caption') },
    ],
    ...overrides,
  } as ArrayField
}
