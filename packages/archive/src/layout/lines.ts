import type { TextRun } from '../pdf/document.ts'
import type { Line } from './block.ts'
import { JAPANESE } from './japanese.ts'

// Glyphs with no Unicode mapping (Type 3 fallbacks) read as U+0000 (or U+FFFD): they carry no text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is exactly what this removes
const UNMAPPED_GLYPHS = /[\u0000\ufffd]/gu

/**
 * Groups a page's text runs into lines: runs on one baseline that follow each other closely.
 * A wide gap on the same baseline (between two columns) starts another line.
 */
export function linesOf(runs: TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x)
  const rows: TextRun[][] = []
  for (const run of sorted) {
    const row = rows.at(-1)
    if (row && Math.abs(row[0]!.y - run.y) <= Math.min(row[0]!.size, run.size) * 0.4) row.push(run)
    else rows.push([run])
  }
  const lines: Line[] = []
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x)
    let line: Line | undefined
    for (const run of row) {
      const gap = line ? run.x - line.x1 : Infinity
      if (line && gap <= Math.max(line.size, run.size) * 1.2) {
        // A word gap between Latin words; a wide gap even between Japanese (「コラム　暑い日の…」).
        const latin = !JAPANESE.test(line.text.at(-1)!) && !JAPANESE.test(run.text[0]!)
        const spaced = gap > run.size * (latin ? 0.25 : 0.8)
        line.text += (spaced ? ' ' : '') + run.text
        line.x1 = Math.max(line.x1, run.x + run.width)
        line.size = Math.max(line.size, run.size)
      } else {
        line = { text: run.text, x0: run.x, x1: run.x + run.width, y: run.y, size: run.size }
        lines.push(line)
      }
    }
  }
  // Glyphs with no Unicode mapping (Type 3 fallbacks) read as U+0000: they carry no text.
  for (const line of lines) line.text = line.text.replace(UNMAPPED_GLYPHS, '').replace(/\s+/gu, ' ').trim()
  return lines.filter((line) => line.text !== '')
}
