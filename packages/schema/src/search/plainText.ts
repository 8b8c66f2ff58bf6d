import { STORY_PARTS } from '@oneheart/contract'
import { tableRows } from '../blocks/table.ts'
import type { Article } from '../payload-types.ts'

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list'])

/** The words of a rich-text field, one block per line: what search and snippets read. */
export function richTextToPlain(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const lines: string[] = []
  let line = ''
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') line += node.text
    if (node.type === 'linebreak') line += '\n'
    for (const child of node.children ?? []) walk(child)
    if (node.type && BLOCKS.has(node.type) && line) {
      lines.push(line)
      line = ''
    }
  }
  walk(root)
  if (line) lines.push(line)
  return lines.join('\n')
}

type StoredBlock = NonNullable<Article['blocks']>[number]

/** An article's blocks as lines of text, in their order, with the words a reader sees around them (【目的】, box titles). */
export function blocksToPlain(blocks: StoredBlock[] | null | undefined): string[] {
  return (blocks ?? [])
    .flatMap((block) => {
      switch (block.blockType) {
        case 'part': {
          const heading = block.label === 'other' ? block.customLabel : STORY_PARTS.find((part) => part.name === block.label)?.heading
          return [heading ? `【${heading}】${block.text}` : block.text]
        }
        case 'text':
          return [richTextToPlain(block.body)]
        case 'steps':
          return [block.title ?? '', ...(block.steps ?? []).map((step) => [step.title, step.detail].filter(Boolean).join(' '))]
        case 'box':
          return [block.title, richTextToPlain(block.body)]
        case 'figure':
          return [block.caption ?? '', block.longDescription ?? '']
        case 'quote':
          return [block.speaker ? `${block.text}（${block.speaker}）` : block.text]
        case 'table':
          return [block.caption ?? '', ...tableRows(block.data).map((row) => row.join(' '))]
        default:
          return []
      }
    })
    .filter(Boolean)
}
