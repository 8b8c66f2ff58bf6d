import { childEnvironment } from '@oneheart/env'
import type { Line } from '../layout/block.ts'
import { withoutOcrSpaces } from '../layout/japanese.ts'
import { run } from './tools.ts'

export interface OcrReading {
  /** Paragraphs in Tesseract's reading order, as lines with y growing upwards like a PDF's. */
  paragraphs: Line[][]
  /** The image's height in pixels: the page height the lines are measured against. */
  height: number
  /** Mean word confidence, 0–100. */
  confidence: number
}

interface Word {
  paragraph: string
  line: string
  left: number
  top: number
  width: number
  height: number
  confidence: number
  text: string
}

function wordsOf(tsv: string): { words: Word[]; height: number } {
  const words: Word[] = []
  let pageHeight = 0
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t')
    if (cells[0] === '1') pageHeight = Number(cells[9])
    if (cells[0] !== '5' || cells.length < 12) continue
    const text = cells.slice(11).join('\t').trim()
    if (text === '') continue
    const [, , block, paragraph, line, , left, top, width, height, confidence] = cells.map(Number) as number[]
    words.push({
      paragraph: `${block}.${paragraph}`,
      line: `${block}.${paragraph}.${line}`,
      left: left!,
      top: top!,
      width: width!,
      height: height!,
      confidence: confidence!,
      text,
    })
  }
  return { words, height: pageHeight }
}

/**
 * Reads a page image with Tesseract's Japanese model. Tesseract finds the columns and gives
 * paragraphs in reading order. One thread per process: pages
 * run side by side instead, one per core.
 */
export async function recognise(imagePath: string): Promise<OcrReading> {
  const { stdout } = await run('tesseract', [imagePath, 'stdout', '-l', 'jpn', '--psm', '3', 'tsv'], {
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
    env: childEnvironment({ OMP_THREAD_LIMIT: '1' }),
  })
  const { words, height } = wordsOf(stdout)
  const paragraphs = new Map<string, Map<string, Word[]>>()
  for (const word of words) {
    const lines = paragraphs.get(word.paragraph) ?? new Map<string, Word[]>()
    paragraphs.set(word.paragraph, lines)
    lines.set(word.line, [...(lines.get(word.line) ?? []), word])
  }
  const read = [...paragraphs.values()].map((lines) =>
    [...lines.values()].map(
      (lineWords): Line => ({
        text: withoutOcrSpaces(lineWords.map((word) => word.text).join(' ')),
        x0: Math.min(...lineWords.map((word) => word.left)),
        x1: Math.max(...lineWords.map((word) => word.left + word.width)),
        y: height - Math.max(...lineWords.map((word) => word.top + word.height)),
        size: Math.max(...lineWords.map((word) => word.height)),
      }),
    ),
  )
  const scored = words.filter((word) => word.confidence >= 0)
  const confidence = scored.length ? scored.reduce((sum, word) => sum + word.confidence, 0) / scored.length : 0
  return { paragraphs: read, height, confidence: Math.round(confidence * 10) / 10 }
}
