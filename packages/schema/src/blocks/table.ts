import { label } from '@oneheart/contract'
import type { Block } from 'payload'

/** Rows of a table as typed or pasted from a spreadsheet: one row a line, cells split by tab or ｜. */
export function tableRows(data: string): string[][] {
  // Empty lines are no rows; cells are trimmed.
  return data
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(/\t|｜|\|/).map((cell) => cell.trim()))
}

export const TableBlock: Block = {
  slug: 'table',
  interfaceName: 'TableBlock',
  labels: { singular: label('表', 'Table'), plural: label('表', 'Tables') },
  fields: [
    { name: 'caption', type: 'text', maxLength: 120, label: label('表の見出し', 'Caption') },
    {
      name: 'data',
      type: 'textarea',
      required: true,
      maxLength: 4000,
      label: label('表の中身', 'Cells'),
      admin: { description: label('1行に1段。区切りはタブ（表計算から貼り付け）か「｜」。', 'One row a line; cells split by tab or ｜.') },
    },
    { name: 'hasHeader', type: 'checkbox', defaultValue: true, label: label('1行目は見出し', 'First row is a header') },
  ],
}
