/**
 * `npm run profile:web -- [--fresh] [route …]`: where the site's CPU time goes under load.
 *
 * Starts the production apps on a throwaway database with the demo content (as bench:web does),
 * then for each route a site instance of its own under `node --cpu-prof`, 3 s of load to warm
 * it and 10 s measured (autocannon, 20 connections). Prints the rate and the largest shares of
 * CPU time by file or package (self time) and by function (inclusive), and leaves each
 * `.cpuprofile` in a folder it names: Chrome DevTools (Performance → Load profile) or
 * speedscope draw it as a flame graph. `--fresh` makes every request a new address (a query
 * parameter counts up), so the page cache in front of Next misses and Next renders each one.
 */
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startSite, waitFor } from '@oneheart/harness/apps'
import { freePort } from '@oneheart/harness/testDatabase'
import autocannon from 'autocannon'
import { everyRequestNew } from '../bench/loadInputs.ts'
import { withBenchStack } from '../lib/benchStack.ts'
import { readCpuProfile, summariseCpuProfile } from '../lib/cpuProfile.ts'

const { values, positionals } = parseArgs({ options: { fresh: { type: 'boolean', default: false } }, allowPositionals: true })
const routes = positionals.length ? positionals : ['/issues/4', '/activities', `/search?q=${encodeURIComponent('居場所')}`]
const folder = mkdtempSync(path.join(tmpdir(), 'oneheart-profiles-'))
const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`

await withBenchStack(async (apps) => {
  for (const route of routes) {
    const port = await freePort()
    const profiles = path.join(folder, route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home')
    const site = startSite('profile-web', port, apps.env, ['--cpu-prof', `--cpu-prof-dir=${profiles}`])
    await waitFor(`http://127.0.0.1:${port}/`, site.child, 120_000, site.output)
    const fresh = everyRequestNew((count) => `${route}${route.includes('?') ? '&' : '?'}n=${count}`)
    const options = { url: `http://127.0.0.1:${port}${route}`, connections: 20, requests: values.fresh ? fresh : undefined }
    await autocannon({ ...options, duration: 3 })
    const result = await autocannon({ ...options, duration: 10 })
    // The profile is written as the process exits.
    const exited = new Promise((resolve) => site.child.once('exit', resolve))
    process.kill(site.child.pid!, 'SIGTERM')
    await exited
    const file = path.join(profiles, readdirSync(profiles)[0]!)
    const summary = summariseCpuProfile(readCpuProfile(file), 15)
    console.log(`\n${route}${values.fresh ? ' (every request a new address)' : ''}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms`)
    console.log(`  profile: ${file} (${summary.totalMs.toFixed(0)} ms of samples, start-up and warm-up included)`)
    console.log('  self time by file or package')
    for (const { place, share } of summary.byPlace) console.log(`    ${percent(share)}  ${place}`)
    console.log('  inclusive time by function')
    for (const { name, share } of summary.byFunction) console.log(`    ${percent(share)}  ${name}`)
  }
})
