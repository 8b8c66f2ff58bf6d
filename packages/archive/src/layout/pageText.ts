import type { Block, Line } from './block.ts'
import { blockOf } from './block.ts'
import { joinRunning, SENTENCE_END } from './japanese.ts'

/** A block's lines as running text: wrapped lines join, a short line ending a sentence ends a paragraph. */
export function blockText(block: Block): string {
  const widest = Math.max(...block.lines.map((line) => line.x1 - line.x0))
  let text = ''
  block.lines.forEach((line: Line, index) => {
    const previous = block.lines[index - 1]
    const paragraphEnded = previous && SENTENCE_END.test(previous.text) && previous.x1 - previous.x0 < widest * 0.9
    text = paragraphEnded ? `${text}\n${line.text}` : joinRunning(text, line.text)
  })
  return text
}

/**
 * A block that ends mid-sentence continues in the next one when that one is set like body text:
 * a sentence broken by the column or the page is put back together, so it is found as a phrase.
 */
export function withContinuationsJoined(blocks: Block[], body: number, isHeading: (block: Block) => boolean): Block[] {
  const joined: Block[] = []
  for (const block of blocks) {
    const previous = joined.at(-1)
    const last = previous?.lines.at(-1)
    // A wrapped line runs to the column's edge; a short last line (a box's, a caption's) ends its unit.
    const columnWidth = Math.max(...[...(previous?.lines ?? []), ...block.lines].map((line) => line.x1 - line.x0))
    const previousEndsMidSentence = previous && last && !SENTENCE_END.test(last.text) && !isHeading(previous) && last.x1 - last.x0 >= columnWidth - body * 1.5
    const looksLikeBody = Math.abs(block.size - body) <= body * 0.1 && !isHeading(block)
    if (previous && previousEndsMidSentence && looksLikeBody && Math.abs(previous.size - body) <= body * 0.1) {
      joined[joined.length - 1] = { ...blockOf(previous.page, [...previous.lines, ...block.lines]), page: previous.page }
    } else {
      joined.push(block)
    }
  }
  return joined
}

export const pageTextOf = (blocks: Block[]) => blocks.map(blockText).join('\n\n')
