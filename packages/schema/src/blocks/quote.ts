import { label } from '@oneheart/contract'
import type { Block } from 'payload'

/** Words someone said, with who said them: 「できることから始めよう」（世話人さん）. */
export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: label('声・ひとこと', 'Quote'), plural: label('声・ひとこと', 'Quotes') },
  fields: [
    { name: 'text', type: 'textarea', required: true, maxLength: 1000, label: label('言葉', 'Words') },
    { name: 'speaker', type: 'text', maxLength: 80, label: label('話した人', 'Said by'), admin: { placeholder: '参加者（70代・女性）' } },
  ],
}
