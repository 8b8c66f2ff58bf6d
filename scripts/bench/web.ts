/**
 * `npm run bench:web`: the reader site under load, and what it makes a phone download.
 *
 * Builds the apps (turbo, cached), starts production builds against a throwaway database
 * with the demo content, then for the home, an issue, an article and the activities page:
 * requests/second and latency from autocannon (20 connections, 10 s, loopback, after 3 s of
 * the same load to warm the JIT and the page cache, not counted; the issue page also with
 * `accept-encoding: gzip`, as browsers send it), beside a bare node:http server sending the
 * issue page's bytes, and the issue page through nginx to one and to two site instances
 * (the rules of examples/deploy/); whether the page came from
 * Next's cache; and what a first visit downloads, as Chromium fetches it: JavaScript (React and
 * Next's runtime apart from the site's own), HTML and CSS gzip-compressed, and the font subsets.
 * Targets (issue 4): ≥ 1,000 req/s and p95 ≤ 50 ms for a cached issue page (autocannon reports
 * p97.5, a stricter figure, which is what is printed); ≤ 110 kB gzip JS. Then Lighthouse on a
 * simulated phone (median of 3 runs) for the home, issue, article and search pages (targets,
 * issue 18: performance ≥ 95, first contentful paint ≤ 1.8 s, largest ≤ 2.5 s, layout shift
 * ≤ 0.05, accessibility 100). Then each app's memory (its whole process tree, proportional set
 * size) at rest and after the load (target, issue 18: the whole stack ≤ 1.5 GB at rest).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchChromium } from '@oneheart/chromium'
import { startSite, stopApps, waitFor } from '@oneheart/harness/apps'
import { startNginx } from '@oneheart/harness/nginx'
import { freePort } from '@oneheart/harness/testDatabase'
import autocannon from 'autocannon'
import { withBenchStack } from '../lib/benchStack.ts'
import { startScriptServer } from '../lib/childServer.ts'
import { lighthouseMedians, systemJapaneseFont } from '../lib/lighthouse.ts'
import { treeMemoryMiB } from '../lib/memory.ts'
import { everyRequestNew, TWENTY_ACTIVITY_FILTERS, TWENTY_QUERIES } from './loadInputs.ts'

// Issue 9 and its first story are shaped like a coordinator's real issue (packages/seed's
// realShaped.ts: four pages, boxes, a step flow, month-only dates): demo pages alone hid what
// real content costs.
const REAL_SHAPED = ['/issues/9', '/articles/no9-yaoya-one-year']
const ROUTES = ['/', '/issues/4', '/articles/no1-nobuko-chanchi', ...REAL_SHAPED, '/activities']
const CONNECTIONS = 20
const DURATION_S = 10
const WARMUP_S = 3
const JS_BUDGET_KB = 110
const LIGHTHOUSE_ROUTES = ['/', '/issues/4', '/articles/no1-nobuko-chanchi', ...REAL_SHAPED, `/search?q=${encodeURIComponent('居場所')}`]
const LIGHTHOUSE_RUNS = 3

console.log('[bench] building the apps (turbo cache)…')
const root = path.resolve(import.meta.dirname, '..', '..')
await withBenchStack(async (apps) => {
  const web = apps.web
  const memory = () => ({ cms: treeMemoryMiB(apps.pids.cms), web: treeMemoryMiB(apps.pids.web), print: treeMemoryMiB(apps.pids.print) })
  await new Promise((resolve) => setTimeout(resolve, 5_000))
  const atRest = memory()

  // The baseline: the issue page's bytes from a server that does nothing else.
  const issuePage = Buffer.from(await (await fetch(`${web}/issues/4`)).arrayBuffer())
  const pageFile = path.join(tmpdir(), `oneheart-bench-web-${process.pid}.html`)
  writeFileSync(pageFile, issuePage)
  const bare = await startScriptServer(path.join(import.meta.dirname, 'bareServer.ts'), [pageFile, 'text/html; charset=utf-8'], process.env)
  let bareRate = Number.NaN

  console.log(`\nLoad: ${CONNECTIONS} connections, ${DURATION_S} s per page, loopback`)
  console.log('  page                                   req/s   p50 ms  p97.5 ms  p99 ms  share of bare  errors  cache')
  /** Each connection cycles through `paths` (one, or a fixed set of twenty); or, with `fresh`, asks something new each time. */
  const measure = async (label: string, base: string, paths: string[], headers: Record<string, string> = {}, fresh?: (count: number) => string) => {
    const requests = fresh ? everyRequestNew(fresh) : paths.map((path) => ({ path }))
    const options = { url: base, connections: CONNECTIONS, headers, requests }
    await autocannon({ ...options, duration: WARMUP_S })
    const { headers: answered } = await fetch(`${base}${paths[0]}`, { headers })
    // The site's page cache first (apps/web/server/pageCache.ts), then Next's.
    const cache = fresh ? 'none (new)' : answered.get('x-page-cache') ? 'page cache' : (answered.get('x-nextjs-cache') ?? 'none')
    const result = await autocannon({ ...options, duration: DURATION_S })
    if (Number.isNaN(bareRate)) bareRate = result.requests.average
    const share = `${((result.requests.average / bareRate) * 100).toFixed(1)} %`
    console.log(
      `  ${label.padEnd(37)} ${result.requests.average.toFixed(0).padStart(6)}  ${String(result.latency.p50).padStart(7)} ${String(result.latency.p97_5).padStart(8)} ${String(result.latency.p99).padStart(7)}  ${share.padStart(13)}  ${String(result.errors + result.non2xx).padStart(6)}  ${cache}`,
    )
  }
  await measure(`bare node:http (${issuePage.length} B)`, `http://127.0.0.1:${bare.port}`, ['/'])
  await bare.stop()
  rmSync(pageFile, { force: true })
  // Plain requests as the targets are stated, then with the queries and filters varied, then
  // the issue page as browsers ask for it (the site's server compresses what it sends).
  for (const route of ROUTES) await measure(route, web, [route])
  const search = (q: string) => `/search?q=${encodeURIComponent(q)}`
  await measure(
    '/activities, 20 filter sets',
    web,
    TWENTY_ACTIVITY_FILTERS.map((filters) => `/activities?${new URLSearchParams(filters)}`),
  )
  await measure('/search, 20 queries', web, TWENTY_QUERIES.map(search))
  // Every search a new one: what a page costs when it must be rendered.
  await measure('/search, each query new (rendered)', web, [search('居場所')], {}, (count) => search(`居場所 ${count}`))
  await measure('/issues/4 (gzip)', web, ['/issues/4'], { 'accept-encoding': 'gzip' })
  await measure('/issues/4 (br, gzip: as browsers ask)', web, ['/issues/4'], { 'accept-encoding': 'gzip, deflate, br, zstd' })

  // The same page through nginx, to the one instance and then to two (the cluster's rules).
  const port = (url: string) => Number(new URL(url).port)
  const secondPort = await freePort()
  const second = startSite('bench-web-2', secondPort, apps.env)
  try {
    await waitFor(`http://127.0.0.1:${secondPort}/`, second.child, 120_000, second.output)
    for (const instances of [[port(web)], [port(web), secondPort]]) {
      const nginx = await startNginx({ cms: [port(apps.cms)], web: instances, print: [port(apps.print)] })
      try {
        await measure(`/issues/4 via nginx, ${instances.length} instance${instances.length > 1 ? 's' : ''}`, nginx.web, ['/issues/4'])
      } finally {
        await nginx.stop()
      }
    }
  } finally {
    await stopApps([second.child])
  }

  // The files every App Router page loads (React and Next's runtime), as the build lists them.
  const manifest = JSON.parse(readFileSync(path.join(root, 'apps/web/.next/build-manifest.json'), 'utf8')) as { rootMainFiles: string[] }
  const runtimeFiles = new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`))
  console.log(`\nA first visit on a phone-sized screen (gzip as sent, fonts as WOFF2; JavaScript budget ${JS_BUDGET_KB} kB)`)
  console.log('  page                              JS total  React+Next  this site   HTML    CSS   fonts (files)')
  const browser = await launchChromium()
  try {
    for (const route of ROUTES) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
      const page = await context.newPage()
      const files: Promise<{ kind: string; bytes: number }>[] = []
      page.on('response', (response) => {
        const type = response.request().resourceType()
        const kind = type === 'script' && runtimeFiles.has(new URL(response.url()).pathname) ? 'runtime' : type
        if (!['runtime', 'script', 'document', 'stylesheet', 'font'].includes(kind) || response.status() >= 300) return
        files.push(response.body().then((body) => ({ kind, bytes: kind === 'font' ? body.length : gzipSync(body).length })))
      })
      await page.goto(`${web}${route}`, { waitUntil: 'networkidle' })
      const loaded = await Promise.all(files)
      const kb = (...kinds: string[]) => loaded.filter((file) => kinds.includes(file.kind)).reduce((sum, file) => sum + file.bytes, 0) / 1024
      const cell = (value: number, width: number) => `${value.toFixed(1).padStart(width)} kB`
      const js = kb('runtime', 'script')
      const fonts = loaded.filter((file) => file.kind === 'font').length
      console.log(
        `  ${route.padEnd(32)} ${cell(js, 6)} ${cell(kb('runtime'), 7)} ${cell(kb('script'), 6)} ${cell(kb('document'), 4)} ${cell(kb('stylesheet'), 4)} ${cell(kb('font'), 5)} (${fonts})  ${js <= JS_BUDGET_KB ? 'JS within budget' : 'JS OVER BUDGET'}`,
      )
      await context.close()
    }
  } finally {
    await browser.close()
  }

  const afterLoad = memory()

  const systemFont = systemJapaneseFont()
  console.log(`\nLighthouse, mobile (slow 4G, 4× slower CPU), median of ${LIGHTHOUSE_RUNS} runs; the phone's own Japanese font: ${systemFont ?? 'NONE'}`)
  if (!systemFont) console.log("  (no Japanese system font here, as no phone lacks: install Debian's fonts-noto-cjk, or these figures wait for the web font)")
  console.log('  page                              perf  a11y   FCP ms   LCP ms    CLS   TBT ms   bytes')
  for (const route of LIGHTHOUSE_ROUTES) {
    const figures = await lighthouseMedians(`${web}${route}`, LIGHTHOUSE_RUNS)
    const met =
      figures.performance >= 95 &&
      figures.firstContentfulPaintMs <= 1_800 &&
      figures.largestContentfulPaintMs <= 2_500 &&
      figures.cumulativeLayoutShift <= 0.05 &&
      figures.accessibility === 100
    console.log(
      `  ${decodeURIComponent(route).padEnd(32)} ${String(figures.performance).padStart(5)} ${String(figures.accessibility).padStart(5)} ${figures.firstContentfulPaintMs.toFixed(0).padStart(8)} ${figures.largestContentfulPaintMs.toFixed(0).padStart(8)} ${figures.cumulativeLayoutShift.toFixed(3).padStart(6)} ${figures.totalBlockingTimeMs.toFixed(0).padStart(8)} ${figures.transferKiB.toFixed(0).padStart(5)} kB  ${met ? 'targets met' : 'targets MISSED'}`,
    )
  }
  const row = (name: string, rest: number, loaded: number) =>
    console.log(`  ${name.padEnd(28)} ${rest.toFixed(0).padStart(7)} MiB ${loaded.toFixed(0).padStart(10)} MiB`)
  console.log('\nMemory, each app with every process below it (proportional set size)')
  console.log('  app                          at rest   after the load')
  row('CMS (Next)', atRest.cms, afterLoad.cms)
  row('site (its server and Next)', atRest.web, afterLoad.web)
  row('print (with Chromium)', atRest.print, afterLoad.print)
  const sum = (figures: Record<string, number>) => Object.values(figures).reduce((total, value) => total + value, 0)
  row('the three apps', sum(atRest), sum(afterLoad))
})
