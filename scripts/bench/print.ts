/**
 * `npm run bench:print`: renders the longest demo issue and prints cold and warm times, pages
 * per second with N renders at once, and peak memory (Node plus Chromium). Targets (issue 6):
 * warm 4-page issue ≤ 1.5 s, cold ≤ 5 s. BENCH_PRINT_RUNS sets the warm runs (default 10).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { closePayload } from '@oneheart/db'
import { migratedPayload } from '@oneheart/harness/payload'
import { provisionTestDatabase } from '@oneheart/harness/testDatabase'
import { testEnv } from '@oneheart/harness/testEnv'
import { seedDemoContent } from '@oneheart/seed'
import { treeMemoryMiB } from '../lib/memory.ts'

const RUNS = Number(process.env.BENCH_PRINT_RUNS ?? 10)
const CONCURRENCY = [1, 2, 4]

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

async function main() {
  const database = await provisionTestDatabase()
  Object.assign(process.env, testEnv(database.url), {
    PRINT_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'oneheart-bench-print-')),
    PRINT_CONCURRENCY: String(Math.max(...CONCURRENCY)),
  })
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, treeMemoryMiB())), 100)
  try {
    const { browser, closeBrowser, ContentSource, issuePrintable, Printer } = await import('@oneheart/print/printing')
    const payload = await migratedPayload()
    await seedDemoContent(payload)
    const source = new ContentSource(payload)
    const printer = new Printer()

    // The demo issue that makes the most pages in the standard edition (the first of equals).
    let chosen: { number: number; pages: number; content: Awaited<ReturnType<typeof source.issue>> } | null = null
    for (const number of await source.latestIssueNumbers(20)) {
      const content = await source.issue(number)
      const { pages } = await printer.pdf(issuePrintable(content, 'standard'), { fresh: true })
      if (!chosen || pages > chosen.pages) chosen = { number, pages, content }
    }
    if (!chosen) throw new Error('no demo issue to print')
    await closeBrowser()
    const printable = issuePrintable(chosen.content, 'standard')
    console.log(`\nPrinting 第${chosen.number}号 (standard, ${chosen.pages} pages), no cache unless said\n`)

    const coldStart = performance.now()
    await browser()
    const launched = performance.now() - coldStart
    await printer.pdf(printable, { fresh: true })
    const cold = performance.now() - coldStart
    console.log(`cold (launch Chromium + first render): ${seconds(cold)}  (launch ${seconds(launched)})  target ≤ 5 s`)

    const warm: number[] = []
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now()
      await printer.pdf(printable, { fresh: true })
      warm.push(performance.now() - started)
    }
    warm.sort((a, b) => a - b)
    console.log(
      `warm render, ${RUNS} runs: p50 ${seconds(percentile(warm, 50))}  p95 ${seconds(percentile(warm, 95))}  max ${seconds(warm[warm.length - 1] ?? NaN)}  target ≤ 1.5 s`,
    )

    const cachedTimes: number[] = []
    await printer.pdf(printable)
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now()
      await printer.pdf(issuePrintable(await source.issue(chosen.number), 'standard'))
      cachedTimes.push(performance.now() - started)
    }
    cachedTimes.sort((a, b) => a - b)
    console.log(`unchanged issue (load content, hash, read cached PDF): p50 ${(percentile(cachedTimes, 50) ?? 0).toFixed(1)} ms`)

    console.log('\nthroughput (renders at once → pages per second; the server itself allows PRINT_CONCURRENCY, default 2)')
    for (const n of CONCURRENCY) {
      const editions = ['standard', 'large', 'mono'] as const
      const jobs = Array.from({ length: n * 2 }, (_, index) => issuePrintable(chosen.content, editions[index % 3] ?? 'standard'))
      const started = performance.now()
      let pages = 0
      let next = 0
      await Promise.all(
        Array.from({ length: n }, async () => {
          while (next < jobs.length) {
            const job = jobs[next++]
            if (!job) continue
            const made = await printer.pdf(job, { fresh: true })
            pages += made.pages
          }
        }),
      )
      const elapsed = performance.now() - started
      console.log(`  ${n} at once: ${jobs.length} PDFs, ${pages} pages in ${seconds(elapsed)} → ${(pages / (elapsed / 1000)).toFixed(1)} pages/s`)
    }
    await closeBrowser()
    await closePayload(payload)
  } finally {
    clearInterval(sampler)
    console.log(`\npeak memory (Node + Chromium, proportional set size): ${peak.toFixed(0)} MiB`)
    await database.teardown()
  }
}

await main()
