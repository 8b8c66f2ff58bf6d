/**
 * `npm run bench:load`: readers and editors at once, stepped up until the machine stops holding.
 *
 * Builds the apps (turbo, cached) and starts their production builds against a throwaway
 * database with the demo content (embedded PostgreSQL unless DATABASE_URL names a server), as
 * bench:web does. Then, per load level (BENCH_LOAD_LEVELS, default 4:2,8:2,16:3,32:4,64:4,128:4 —
 * readers:editors; stepping stops after the first level not held), for BENCH_LOAD_SECONDS
 * (default 20) on loopback:
 * - readers ask for pages (home, issues, articles), the site's search and search.query for
 *   居場所, and issues' standard PDFs from the print app, each the next as soon as the last answered;
 * - editors, each signed in with a JWT from /api/users/login, autosave an article with changing
 *   text (PATCH ?draft=true&autosave=true) back to back and publish it every fifth write.
 * Afterwards every article's latest and published versions are read back and compared with the
 * last acknowledged (2xx) write. Printed per kind: requests, req/s, p95, errors (non-2xx, no
 * answer within 30 s) and lost writes; beside it a baseline measured in the same run (a bare
 * node:http server sending the home page's bytes to as many readers). Target (issue 16):
 * 0 errors and 0 lost writes at the highest load the machine holds — printed at the end.
 * Exits 1 if any acknowledged write was lost.
 */
import { cpus, loadavg } from 'node:os'
import { TEST_ADMIN } from '@oneheart/harness/testEnv'
import { withBenchStack } from '../lib/benchStack.ts'
import { measureBaseline } from './load/baseline.ts'
import { acknowledged, send, sendJson } from './load/client.ts'
import { type ArticleWrites, countLostWrites, edit, editorAccounts, newArticleWrites, writeOnce } from './load/editors.ts'
import { read, readerTargets, type Site } from './load/readers.ts'
import { KINDS, newTallies, printTable } from './load/tally.ts'

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20)
const BASELINE_SECONDS = Number(process.env.BENCH_LOAD_BASELINE_SECONDS ?? 5)
const LEVELS = (process.env.BENCH_LOAD_LEVELS ?? '4:2,8:2,16:3,32:4,64:4,128:4').split(',').map((level) => {
  const [readers, editors] = level.split(':').map(Number)
  if (!readers || !editors) throw new Error(`BENCH_LOAD_LEVELS: "${level}" is not readers:editors`)
  return { readers, editors }
})

/** The published demo content readers ask for and editors change, as an anonymous caller lists it. */
async function publishedContent(cms: string) {
  const issues = await sendJson<{ docs: { number: number }[] }>(`${cms}/api/issues?limit=10&depth=0&sort=-number`)
  const articles = await sendJson<{ docs: { id: number; slug: string }[] }>(`${cms}/api/articles?limit=20&depth=0&sort=id`)
  if (issues.docs.length === 0 || articles.docs.length === 0) throw new Error('the demo content has no published issues or articles')
  return { issues: issues.docs.map((issue) => issue.number), articles: articles.docs }
}

async function runLevels(site: Site) {
  const content = await publishedContent(site.cms)
  const targets = readerTargets(
    site,
    content.issues,
    content.articles.map((article) => article.slug),
  )
  const mostEditors = Math.max(...LEVELS.map((level) => level.editors))
  if (mostEditors > content.articles.length) throw new Error(`${mostEditors} editors need as many published articles; the demo has ${content.articles.length}`)
  const editors = await editorAccounts(site.cms, TEST_ADMIN, mostEditors)
  const writes: ArticleWrites[] = content.articles.slice(0, mostEditors).map((article) => newArticleWrites(article.id))

  // Warm-up, not counted: every page, search and PDF once, and an autosave and a publish per
  // editor, so the first level does not measure Next's first render, Chromium's launch or the
  // first compile of a route.
  for (const target of new Map(targets.map((target) => [target.url, target])).values()) await send(target.url)
  for (const [at, editor] of editors.entries()) {
    for (const kind of ['autosave', 'publish'] as const) {
      const answer = await writeOnce(site.cms, editor, writes[at]!, `負荷試験 準備 ${editor.name} ${kind}`, kind, newTallies())
      if (!acknowledged(answer)) throw new Error(`warm-up ${kind} by ${editor.name} → ${answer.status} ${answer.failure ?? answer.body.slice(0, 300)}`)
    }
  }
  const home = await fetch(`${site.web}/`)
  const homePage = { body: Buffer.from(await home.arrayBuffer()), contentType: home.headers.get('content-type') ?? 'text/html' }

  const held: { load: string; perSecond: number }[] = []
  let anyLost = false
  let ceiling = false
  for (const [index, level] of LEVELS.entries()) {
    const label = `level ${index + 1}`
    console.log(`\n${label}: ${level.readers} readers + ${level.editors} editors, ${SECONDS} s, loopback (load average ${loadavg()[0]!.toFixed(1)})`)
    const tallies = newTallies()
    const started = Date.now()
    const until = started + SECONDS * 1000
    await Promise.all([
      ...Array.from({ length: level.readers }, (_, reader) => read(reader, targets, until, tallies)),
      ...editors.slice(0, level.editors).map((editor, at) => edit(site.cms, editor, writes[at]!, label, until, tallies)),
    ])
    const elapsed = (Date.now() - started) / 1000
    const lost: string[] = []
    for (const [at, article] of writes.entries()) lost.push(...(await countLostWrites(site.cms, editors[at]!, article, tallies)))
    const checked = writes.filter((article) => article.draft).length
    const baseline = await measureBaseline(homePage, level.readers, BASELINE_SECONDS)
    printTable(tallies, elapsed, baseline)
    console.log(`  read back: ${checked} articles' latest and published versions against their last acknowledged writes`)
    for (const line of lost) console.log(`    LOST: ${line}`)
    const errors = KINDS.reduce((sum, kind) => sum + tallies[kind].errors, 0)
    const requests = KINDS.reduce((sum, kind) => sum + tallies[kind].latencies.length, 0)
    anyLost ||= lost.length > 0
    const verdict = errors === 0 && lost.length === 0 ? 'held' : `NOT HELD (${errors} errors, ${lost.length} lost writes)`
    console.log(`  → ${verdict}; ${(requests / elapsed).toFixed(1)} req/s in all`)
    if (errors > 0 || lost.length > 0) {
      ceiling = true
      break // more load would only fail harder, and take minutes to show it
    }
    held.push({ load: `${level.readers} readers + ${level.editors} editors`, perSecond: requests / elapsed })
  }
  const describe = (level?: { load: string; perSecond: number }) =>
    level ? `${level.load} (${level.perSecond.toFixed(1)} req/s in all)` : 'none of the levels tried'
  const found = ceiling ? '' : ' — the highest level tried; BENCH_LOAD_LEVELS can look further'
  console.log(`\nHighest load with 0 errors and 0 lost writes: ${describe(held.at(-1))}${found}`)
  // Errors only come once answers take 30 s; the knee where more load adds no throughput
  // (under 10 % more) is where the machine is full, and only latency grows after it.
  const knee = held.find((level, at) => held[at + 1] && held[at + 1]!.perSecond < level.perSecond * 1.1)
  if (knee) console.log(`Throughput stops growing at ${describe(knee)}; beyond it only latency grows`)
  return anyLost
}

console.log(`[bench] ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}; building the apps (turbo cache)…`)
if (await withBenchStack(runLevels)) process.exitCode = 1
