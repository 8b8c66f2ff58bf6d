import type { Line } from './block.ts'
import { median } from './block.ts'

interface Span {
  from: number
  to: number
}

const topOf = (line: Line) => line.y + line.size * 0.9
const bottomOf = (line: Line) => line.y - line.size * 0.25

/** The widest empty stretch in a projection of spans, if any is at least `least` wide. */
function widestGap(spans: Span[], least: number): { at: number; width: number } | null {
  const sorted = [...spans].sort((a, b) => a.from - b.from)
  let reach = sorted[0]?.to ?? 0
  let best: { at: number; width: number } | null = null
  for (const span of sorted.slice(1)) {
    const width = span.from - reach
    if (width >= least && (!best || width > best.width)) best = { at: reach + width / 2, width }
    reach = Math.max(reach, span.to)
  }
  return best
}

/**
 * Recursive XY-cut: a region splits at an empty vertical corridor (columns, read left to right)
 * before an empty horizontal band (read top to bottom), so two columns are read one after the
 * other even where their paragraph gaps happen to line up. What no cut divides is one block:
 * a paragraph, a heading, or a framed box read as a unit.
 */
export function xyCut(lines: Line[]): Line[][] {
  if (lines.length <= 1) return lines.length ? [lines] : []
  const size = median(lines.map((line) => line.size))
  const column = widestGap(
    lines.map((line) => ({ from: line.x0, to: line.x1 })),
    Math.max(size * 1.2, 8),
  )
  if (column) {
    const left = lines.filter((line) => (line.x0 + line.x1) / 2 < column.at)
    const right = lines.filter((line) => (line.x0 + line.x1) / 2 >= column.at)
    if (left.length && right.length) return [...xyCut(left), ...xyCut(right)]
  }
  // Flip y so that "from" is the top of the page.
  const band = widestGap(
    lines.map((line) => ({ from: -topOf(line), to: -bottomOf(line) })),
    size * 0.9,
  )
  if (band) {
    const above = lines.filter((line) => -(line.y + line.size * 0.3) < band.at)
    const below = lines.filter((line) => -(line.y + line.size * 0.3) >= band.at)
    if (above.length && below.length) return [...xyCut(above), ...xyCut(below)]
  }
  return bySize([...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0))
}

/** Lines set in another size start another block: a heading set tight above its text stays apart. */
function bySize(lines: Line[]): Line[][] {
  const blocks: Line[][] = []
  for (const line of lines) {
    const current = blocks.at(-1)
    const previous = current?.at(-1)
    if (current && previous && Math.abs(previous.size - line.size) <= Math.max(previous.size, line.size) * 0.12) current.push(line)
    else blocks.push([line])
  }
  return blocks
}
