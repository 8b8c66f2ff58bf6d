/** A line of text on a page, in PDF points with y growing upwards (baseline). */
export interface Line {
  text: string
  x0: number
  x1: number
  y: number
  size: number
}

/**
 * A unit of reading: a paragraph, a heading, a box, a column's run of text. Text layers and OCR
 * both end as blocks in reading order; splitting into articles works on blocks alone.
 */
export interface Block {
  page: number
  lines: Line[]
  /** Median character size of its lines, points for text layers, pixels for OCR. */
  size: number
}

export const median = (values: number[]): number => {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

export const blockOf = (page: number, lines: Line[]): Block => ({ page, lines, size: median(lines.map((line) => line.size)) })

/** The size most of a page's characters are set in: its body text. */
export function bodySize(blocks: Block[]): number {
  const weighted: number[] = []
  for (const block of blocks) for (const line of block.lines) for (let i = 0; i < Math.min(line.text.length, 200); i++) weighted.push(line.size)
  return median(weighted)
}
