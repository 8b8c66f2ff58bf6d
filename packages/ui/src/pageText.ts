/**
 * A page of a back issue, as read from its PDF, cut into paragraphs a browser can reflow.
 *
 * The text keeps the printed line breaks, and most of them only mark where a column ended: kept,
 * they would leave ragged short lines on a phone or in large type. So lines are joined back into
 * paragraphs, and a paragraph ends where the paper shows one: a blank line, a line that stops
 * short of the column's width (the last line of a paragraph, a heading, a list item), or a line
 * that begins like a new item (【目的】, ①, ・, ※, →, an indent).
 */

// What begins a new item on paper: a label, a circled or bracketed number, a bullet, an arrow.
const ITEM_START = /^(?:[【［〔《■□●○◆◇▼▽▲△★☆・※→⇒▶]|[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|[（(]\s*[0-9０-９]+\s*[）)]|[0-9０-９]+\s*[.．、)）]\s)/u
// A printed paragraph indent: a full-width space, or two spaces more than the block's other lines.
const INDENT = /^(?:\u3000| {2})/u

// A line that reaches this share of the longest line in its block ran into the column's edge.
const FULL_LINE = 0.8
// A block whose longest line is shorter than this is no column of running text (a masthead, a
// list of names, a narrow box): its lines are kept as printed. Columns of the paper hold 20–40.
const SHORTEST_MEASURE = 15

/** Printed width in full-width characters: half-width letters and digits count as half. */
function widthOf(line: string): number {
  let width = 0
  for (const char of line) width += char.charCodeAt(0) < 0x2000 || (char >= '\uff61' && char <= '\uff9f') ? 0.5 : 1
  return width
}

const isWordEnd = (char: string | undefined) => char !== undefined && /[A-Za-z0-9]/.test(char)

/** Joins a wrapped line to the one before: no space in Japanese, one between two Latin words. */
function join(before: string, after: string): string {
  return isWordEnd(before.at(-1)) && isWordEnd(after[0]) ? `${before} ${after}` : before + after
}

/** The lines without the leading spaces they all share (a column's offset, not an indent). */
function outdented(lines: string[]): string[] {
  const shared = Math.min(...lines.map((line) => /^ */.exec(line)![0].length))
  return lines.map((line) => line.slice(shared).trimEnd())
}

function paragraphsOfBlock(block: string[]): string[] {
  const lines = outdented(block)
  const measure = Math.max(...lines.map(widthOf))
  const wraps = (line: string) => measure >= SHORTEST_MEASURE && widthOf(line) >= measure * FULL_LINE
  const paragraphs: string[] = []
  let current: string | null = null
  let open = false
  for (const raw of lines) {
    const line = raw.trim()
    const startsItem = ITEM_START.test(line) || INDENT.test(raw)
    if (current !== null && open && !startsItem) current = join(current, line)
    else {
      if (current !== null) paragraphs.push(current)
      current = line
    }
    open = wraps(raw)
  }
  if (current !== null) paragraphs.push(current)
  return paragraphs
}

/** The page's paragraphs in order; none for a page without words. */
export function pageParagraphs(text: string): string[] {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0)
  return blocks.flatMap(paragraphsOfBlock)
}
