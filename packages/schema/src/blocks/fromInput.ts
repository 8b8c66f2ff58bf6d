import { type ArticleBlockInput, STORY_PARTS, type StoryPartName } from '@oneheart/contract'
import { textToLexical } from '../richText.ts'

/** Blocks as a writer sends them, in the shape Payload stores (rich text from typed text). */
export function blocksFromInput(blocks: ArticleBlockInput[]) {
  return blocks.map((block) => {
    switch (block.type) {
      case 'part':
        return { blockType: 'part' as const, label: block.part, customLabel: block.label, text: block.text }
      case 'text':
        return { blockType: 'text' as const, body: textToLexical(block.text) }
      case 'steps':
        return { blockType: 'steps' as const, title: block.title, steps: block.steps }
      case 'box':
        return { blockType: 'box' as const, title: block.title, tone: block.tone ?? 'note', body: textToLexical(block.text) }
      case 'figure':
        return { blockType: 'figure' as const, image: block.image, caption: block.caption, alt: block.alt, longDescription: block.longDescription }
      case 'quote':
        return { blockType: 'quote' as const, text: block.text, speaker: block.speaker }
      case 'table':
        return {
          blockType: 'table' as const,
          caption: block.caption,
          data: block.rows.map((row) => row.join('\t')).join('\n'),
          hasHeader: block.hasHeader ?? true,
        }
      default: {
        // Every kind is handled above; TypeScript refuses this line if a new kind is not.
        const unhandled: never = block
        throw new Error(`Unknown block type: ${JSON.stringify(unhandled)}`)
      }
    }
  })
}

/** The fixed parts older writers send ({ purpose, scene, … }), as part blocks in printed order. */
export function partBlocksFrom(parts: Partial<Record<StoryPartName, string>>): Extract<ArticleBlockInput, { type: 'part' }>[] {
  return STORY_PARTS.flatMap((part) => {
    const text = parts[part.name]?.trim()
    return text ? [{ type: 'part' as const, part: part.name, text }] : []
  })
}
