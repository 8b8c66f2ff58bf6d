import { type PublicArticle, type PublicArticleBlock, STORY_PARTS, withoutUnsafeLinks } from '@oneheart/contract'
import { type Article, tableRows } from '@oneheart/schema'
import { mediaOf } from './shapes.ts'

type StoredBlock = NonNullable<Article['blocks']>[number]

const partHeading = (name: string) => STORY_PARTS.find((part) => part.name === name)?.heading

/**
 * An article's stored blocks as the public reads them. Drafts are saved half-made (autosave,
 * no validation), so a block without its content yet is left out, as is a figure whose image
 * is gone: a preview shows what there is instead of failing.
 */
export function toPublicBlocks(blocks: StoredBlock[] | null | undefined): PublicArticleBlock[] {
  return (blocks ?? []).flatMap((block): PublicArticleBlock[] => {
    switch (block.blockType) {
      case 'part':
        return block.text
          ? [{ type: 'part', part: block.label, label: (block.label === 'other' ? block.customLabel : partHeading(block.label)) ?? '', text: block.text }]
          : []
      case 'text':
        return block.body ? [{ type: 'text', body: withoutUnsafeLinks(block.body) }] : []
      case 'steps': {
        const steps = (block.steps ?? []).flatMap((step) => (step.title ? [{ title: step.title, detail: step.detail ?? null }] : []))
        return steps.length ? [{ type: 'steps', title: block.title ?? null, steps }] : []
      }
      case 'box':
        return block.title ? [{ type: 'box', title: block.title, tone: block.tone ?? 'note', body: block.body ? withoutUnsafeLinks(block.body) : null }] : []
      case 'figure': {
        const image = mediaOf(block.image)
        return image
          ? [{ type: 'figure', image, alt: block.alt || image.alt, caption: block.caption ?? null, longDescription: block.longDescription ?? null }]
          : []
      }
      case 'quote':
        return block.text ? [{ type: 'quote', text: block.text, speaker: block.speaker ?? null }] : []
      case 'table': {
        const rows = tableRows(block.data ?? '')
        if (rows.length === 0) return []
        return [
          {
            type: 'table',
            caption: block.caption ?? null,
            header: block.hasHeader !== false && rows.length > 1 ? rows[0]! : null,
            rows: block.hasHeader !== false && rows.length > 1 ? rows.slice(1) : rows,
          },
        ]
      }
      default:
        return []
    }
  })
}

/** For clients written before blocks: each standard part's text (several blocks of one label joined). */
export function partsOf(blocks: PublicArticleBlock[]): PublicArticle['parts'] {
  const textOf = (name: string) => {
    const texts = blocks.flatMap((block) => (block.type === 'part' && block.part === name ? [block.text] : []))
    return texts.length ? texts.join('\n\n') : null
  }
  return {
    purpose: textOf('purpose'),
    background: textOf('background'),
    scene: textOf('scene'),
    nextSteps: textOf('nextSteps'),
    impressions: textOf('impressions'),
  }
}

/** For clients written before blocks: the text blocks as one Lexical document. */
export function bodyOf(blocks: PublicArticleBlock[]): unknown {
  const roots = blocks.flatMap((block) =>
    block.type === 'text' && block.body && typeof block.body === 'object' && 'root' in block.body
      ? [(block.body as { root: { children: unknown[] } }).root]
      : [],
  )
  if (roots.length === 0) return null
  return { root: { ...roots[0], children: roots.flatMap((root) => root.children) } }
}
