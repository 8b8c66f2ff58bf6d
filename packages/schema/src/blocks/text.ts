import { label } from '@oneheart/contract'
import type { Block } from 'payload'

/** Running text with the editor's formatting (bold, lists, links). */
export const TextBlock: Block = {
  slug: 'text',
  interfaceName: 'TextBlock',
  labels: { singular: label('文章', 'Text'), plural: label('文章', 'Text') },
  fields: [{ name: 'body', type: 'richText', required: true, label: label('文章', 'Text') }],
}
