/**
 * `npm run bench:import`: the archive importer end to end (read, OCR, detect, split, write with
 * media and search rows) on a throwaway database, beside the bare engines on the same files.
 * Targets (issue 15): a 4-page text PDF ≤ 3 s, a 2-page scan at 200 dpi ≤ 20 s, and memory
 * that stays flat over 100 files in a row. BENCH_IMPORT_FILES sets the run's length (default 100).
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { closePayload } from '@oneheart/db'
import { makeArchiveFixtures } from '@oneheart/harness/archiveFixtures'
import { migratedPayload } from '@oneheart/harness/payload'
import { provisionTestDatabase } from '@oneheart/harness/testDatabase'
import { testEnv } from '@oneheart/harness/testEnv'
import type { Payload } from 'payload'
import { treeMemoryMiB } from '../lib/memory.ts'

const run = promisify(execFile)
const FILES = Number(process.env.BENCH_IMPORT_FILES ?? 100)
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** The same PDF with a distinct trailing comment: another file to the importer (its hash differs). */
const variant = (bytes: Buffer, label: string) => Buffer.concat([bytes, Buffer.from(`\n% bench ${label}\n`)])

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now()
  const value = await work()
  return { ms: performance.now() - started, value }
}

async function bareText(pdf: string): Promise<number> {
  const runs: number[] = []
  for (let i = 0; i < 5; i++) runs.push((await timed(() => run('pdftotext', ['-layout', pdf, '-']))).ms)
  return median(runs)
}

/** pdftoppm + tesseract on each page, pages side by side like the importer: the engines alone. */
async function bareOcr(pdf: string, pages: number, dpi: number): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'oneheart-bench-ocr-'))
  return (
    await timed(() =>
      Promise.all(
        Array.from({ length: pages }, async (_, index) => {
          const root = path.join(dir, `p${index + 1}`)
          await run('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-singlefile', '-f', String(index + 1), '-l', String(index + 1), pdf, root])
          await run('tesseract', [`${root}.png`, 'stdout', '-l', 'jpn', '--psm', '3', 'tsv'], {
            env: { ...process.env, OMP_THREAD_LIMIT: '1' },
            maxBuffer: 64 << 20,
          })
        }),
      ),
    )
  ).ms
}

async function main() {
  const fixtures = await makeArchiveFixtures(mkdtempSync(path.join(tmpdir(), 'oneheart-bench-fixtures-')))
  const database = await provisionTestDatabase()
  Object.assign(process.env, testEnv(database.url), { MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'oneheart-bench-media-')) })
  let payload: Payload | undefined
  try {
    const { importArchivePdf } = await import('@oneheart/archive')
    payload = await migratedPayload()
    const importOne = (bytes: Buffer, label: string) =>
      importArchivePdf({ payload: payload!, user: null }, variant(bytes, label), { fileName: `${label}.pdf`, publish: true })

    const text = readFileSync(fixtures.twoColumn.path)
    const scan = readFileSync(fixtures.scanned.path)
    console.log(
      `\nOn ${availableParallelism()} cores. Files: ${fixtures.twoColumn.pages}-page text PDF (${(text.length / 1024).toFixed(0)} KiB), ${fixtures.scanned.pages}-page scan at 200 dpi (${(scan.length / 1024).toFixed(0)} KiB)\n`,
    )

    // The first import pays for loading the importer's code; it is shown, not counted.
    const first = await timed(() => importOne(text, 'warm-up'))
    console.log(`first import (loads the code): ${seconds(first.ms)}`)

    const textRuns: number[] = []
    for (let i = 0; i < 5; i++) {
      const { ms, value } = await timed(() => importOne(text, `text-${i}`))
      if (value.status !== 'imported') throw new Error(`text import ${i}: ${value.status} ${value.reason ?? ''}`)
      textRuns.push(ms)
    }
    const textMs = median(textRuns)
    const bareTextMs = await bareText(fixtures.twoColumn.path)
    console.log(
      `text PDF:  ${seconds(textMs)} per file (median of 5, max ${seconds(Math.max(...textRuns))}), ${(fixtures.twoColumn.pages / (textMs / 1000)).toFixed(1)} pages/s   target ≤ 3 s`,
    )
    console.log(`  baseline: pdftotext -layout on the same file ${seconds(bareTextMs)}`)

    const scanRuns: number[] = []
    for (let i = 0; i < 2; i++) {
      const { ms, value } = await timed(() => importOne(scan, `scan-${i}`))
      if (value.status !== 'imported' || value.ocrPages !== fixtures.scanned.pages)
        throw new Error(`scan import ${i}: ${value.status} ${value.ocrPages} OCR pages`)
      scanRuns.push(ms)
    }
    const scanMs = Math.max(...scanRuns)
    console.log(`scanned PDF: ${seconds(scanMs)} per file (worst of 2), ${(fixtures.scanned.pages / (scanMs / 1000)).toFixed(2)} pages/s   target ≤ 20 s`)
    for (const dpi of [200, 300]) {
      console.log(
        `  baseline: pdftoppm -r ${dpi} + tesseract jpn, pages side by side: ${seconds(await bareOcr(fixtures.scanned.path, fixtures.scanned.pages, dpi))}`,
      )
    }

    console.log(`\n${FILES} text files in a row (memory: proportional set size of this process and its workers)`)
    const started = performance.now()
    const memory: string[] = [`0: ${treeMemoryMiB().toFixed(0)} MiB`]
    for (let i = 1; i <= FILES; i++) {
      const result = await importOne(text, `row-${i}`)
      if (result.status !== 'imported') throw new Error(`file ${i}: ${result.status} ${result.reason ?? ''}`)
      if (i % Math.max(1, Math.floor(FILES / 5)) === 0) memory.push(`${i}: ${treeMemoryMiB().toFixed(0)} MiB`)
    }
    const total = performance.now() - started
    console.log(`  ${seconds(total)} in all, ${seconds(total / FILES)} per file, ${((FILES * fixtures.twoColumn.pages) / (total / 1000)).toFixed(1)} pages/s`)
    console.log(`  memory after n files: ${memory.join(', ')}`)
  } finally {
    if (payload) await closePayload(payload)
    await database.teardown()
  }
}

await main()
process.exit(0)
