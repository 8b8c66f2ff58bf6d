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
