import { type ArticleBlockInput, STORY_PARTS, type StoryPartName } from '@oneheart/contract'

const PART = /^【([^】]{1,12})】\s*/u
const PART_BY_HEADING = new Map<string, StoryPartName>(STORY_PARTS.map((part) => [part.heading, part.name]))
const MAX_PART_LABEL = 20
const MAX_PART_TEXT = 4000

/**
 * An article's text as the blocks the editor knows: paragraphs led by 【目的】【様子】… become
 * labelled parts, the rest running text. Blank lines separate paragraphs, as in the preview.
 */
export function blocksFromText(text: string): ArticleBlockInput[] {
  const blocks: ArticleBlockInput[] = []
  let running: string[] = []
  const flush = () => {
    if (running.length) blocks.push({ type: 'text', text: running.join('\n\n') })
    running = []
  }
  for (const paragraph of text
    .split(/\n\s*\n/u)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const label = PART.exec(paragraph)
    const body = label ? paragraph.slice(label[0].length).trim() : ''
    if (!label || body === '' || body.length > MAX_PART_TEXT) {
      running.push(paragraph)
      continue
    }
    flush()
    const known = PART_BY_HEADING.get(label[1]!)
    blocks.push(known ? { type: 'part', part: known, text: body } : { type: 'part', part: 'other', label: label[1]!.slice(0, MAX_PART_LABEL), text: body })
  }
  flush()
  return blocks
}
