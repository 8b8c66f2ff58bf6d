import { label } from '@oneheart/contract'
import type { BlocksField } from 'payload'
import { BoxBlock } from './box.ts'
import { FigureBlock } from './figure.ts'
import { PartBlock } from './part.ts'
import { QuoteBlock } from './quote.ts'
import { StepsBlock } from './steps.ts'
import { TableBlock } from './table.ts'
import { TextBlock } from './text.ts'

export { tableRows } from './table.ts'

/** An article's body as on paper: blocks the editor adds and orders freely, shown in that order everywhere. */
export function articleBlocksField(): BlocksField {
  return {
    name: 'blocks',
    type: 'blocks',
    label: label('本文', 'Body'),
    labels: { singular: label('ブロック', 'Block'), plural: label('ブロック', 'Blocks') },
    maxRows: 60,
    blocks: [PartBlock, TextBlock, StepsBlock, BoxBlock, FigureBlock, QuoteBlock, TableBlock],
  }
}
