/**
 * `npm run print -- --issue 4 --edition large`: writes PDFs from the command line.
 *   --issue N | N,M,… | all       issues to print (published ones)
 *   --edition standard|large|mono|all   (default standard; several with commas)
 *   --event ID                    an event's one-page flyer instead
 *   --out DIR                     where the files go (default ./print-out)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ContentSource, closeBrowser, EDITIONS, type Edition, flyerPrintable, isEdition, issuePrintable, Printer } from '@oneheart/print/printing'
import { progressBar } from './lib/progress.ts'
import { withMigratedPayload } from './lib/withPayload.ts'

const log = (line: string) => console.log(`[print] ${line}`)
function fail(message: string): never {
  console.error(
    `[print] ${message}\nusage: npm run print -- --issue N[,M…|all] [--edition standard|large|mono|all] [--out DIR]\n       npm run print -- --event ID [--out DIR]`,
  )
  process.exit(2)
}

const { values } = parseArgs({
  options: {
    issue: { type: 'string' },
    edition: { type: 'string', default: 'standard' },
    event: { type: 'string' },
    out: { type: 'string', default: 'print-out' },
  },
})
if (!values.issue && !values.event) fail('say which --issue or --event to print')
const editions: Edition[] =
  values.edition === 'all' ? [...EDITIONS] : values.edition.split(',').map((name) => (isEdition(name) ? name : fail(`unknown edition "${name}"`)))
const wantedIssues =
  values.issue && values.issue !== 'all'
    ? values.issue.split(',').map((n) => (/^\d{1,4}$/.test(n) && Number(n) > 0 ? Number(n) : fail(`"${n}" is not an issue number`)))
    : null
const eventId = values.event ? (/^\d{1,9}$/.test(values.event) ? Number(values.event) : fail(`"${values.event}" is not an event id`)) : null
const outDir = path.resolve(values.out)

await withMigratedPayload(log, async (payload) => {
  const source = new ContentSource(payload)
  const printer = new Printer()
  mkdirSync(outDir, { recursive: true })
  try {
    if (eventId !== null) {
      const made = await printer.pdf(flyerPrintable(await source.flyer(eventId)))
      const file = path.join(outDir, `oneheart-event-${eventId}.pdf`)
      writeFileSync(file, made.file)
      log(`${file} (${made.pages} page)`)
      return
    }
    const numbers = wantedIssues ?? (await source.latestIssueNumbers(100))
    const jobs = numbers.flatMap((number) => editions.map((edition) => ({ number, edition })))
    const bar = progressBar('[print] rendering')
    const started = performance.now()
    for (const [index, { number, edition }] of jobs.entries()) {
      const made = await printer.pdf(issuePrintable(await source.issue(number), edition))
      writeFileSync(path.join(outDir, `oneheart-${number}-${edition}.pdf`), made.file)
      bar.update(index + 1, jobs.length, `第${number}号 ${edition} ${made.pages}p${made.cached ? ' (cached)' : ''}`)
    }
    log(`${jobs.length} PDF(s) in ${outDir}, ${((performance.now() - started) / 1000).toFixed(1)} s`)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`[print] ${message}`)
    process.exitCode = 1
  } finally {
    await closeBrowser()
  }
})
