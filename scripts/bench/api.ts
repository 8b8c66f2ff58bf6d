/**
 * `npm run bench:api`: the API under load on loopback, and the SQL each procedure issues.
 *
 * 1. A throwaway database with the demo content plus 300 synthetic activities.
 * 2. SQL statements per call at page sizes 10 and 50 (equal numbers = no N+1).
 * 3. A bare node:http server sending the bytes of one issues.list answer, as the baseline.
 * 4. Requests/second, p50 and p97.5 per procedure from autocannon, 10 s each, 20 connections,
 *    against the tRPC handler in its own process, each connection cycling through a fixed set
 *    of 20 inputs (not one cached question), and the share of the bare server's rate.
 */

import { rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createPublicCaller } from '@oneheart/api/server'
import { closePayload } from '@oneheart/db'
import { callByPath } from '@oneheart/harness/callByPath'
import { applyMigrations } from '@oneheart/harness/payload'
import { provisionTestDatabase } from '@oneheart/harness/testDatabase'
import { testEnv } from '@oneheart/harness/testEnv'
import { ensureDemoAdmin, seedDemoContent } from '@oneheart/seed'
import autocannon from 'autocannon'
import { getPayload, type Payload } from 'payload'
import { startScriptServer } from '../lib/childServer.ts'
import { TWENTY_ACTIVITY_FILTERS, TWENTY_QUERIES } from './loadInputs.ts'
import { countQueries } from './queryCounter.ts'

const SYNTHETIC_ACTIVITIES = 300
const DURATION_S = 10
const CONNECTIONS = 20

async function addSyntheticActivities(payload: Payload) {
  const districts = await payload.find({ collection: 'districts', limit: 1000, depth: 0, pagination: false })
  const kinds = ['mutual-aid', 'gathering-place', 'salon', 'other'] as const
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
  for (let i = 0; i < SYNTHETIC_ACTIVITIES; i++) {
    const district = districts.docs[i % districts.docs.length]!
    await payload.create({
      collection: 'activities',
      data: {
        name: `ベンチ用の活動 ${i + 1}`,
        slug: `bench-activity-${i + 1}`,
        kind: kinds[i % kinds.length]!,
        status: 'active',
        district: district.id,
        council: typeof district.council === 'number' ? district.council : district.council?.id,
        schedule: { frequency: '月2回', weekdays: [days[i % days.length]!] },
        _status: 'published',
      },
      context: { disableRevalidate: true },
    })
  }
}

const procedures = [
  { name: 'issues.list', input: (limit: number) => ({ limit }) },
  { name: 'activities.list', input: (limit: number) => ({ limit, kind: 'salon' }) },
  { name: 'activities.list (district)', path: 'activities.list', input: (limit: number) => ({ limit, district: 'yawata' }) },
  { name: 'councils.list', input: () => ({}) },
  { name: 'events.upcoming', input: (limit: number) => ({ limit }) },
  { name: 'changes.since', input: (limit: number) => ({ limit }) },
  { name: 'search.query', input: (limit: number) => ({ q: '居場所', limit: Math.min(limit, 50) }) },
  { name: 'search.query (2 words)', path: 'search.query', input: (limit: number) => ({ q: '助け合い 活動', limit: Math.min(limit, 50) }) },
] as const

/** The fixed set of 20 inputs each load test cycles through (councils.list has only 3 to give). */
const loadInputs: { name: string; path: string; inputs: unknown[] }[] = [
  { name: 'issues.list', path: 'issues.list', inputs: Array.from({ length: 20 }, (_, index) => ({ limit: index + 1 })) },
  { name: 'activities.list', path: 'activities.list', inputs: TWENTY_ACTIVITY_FILTERS.map((filters) => ({ limit: 20, ...filters })) },
  { name: 'councils.list', path: 'councils.list', inputs: [{}, { layer: 1 }, { layer: 2 }] },
  { name: 'events.upcoming (not cached)', path: 'events.upcoming', inputs: Array.from({ length: 20 }, (_, index) => ({ limit: index + 1 })) },
  { name: 'changes.since', path: 'changes.since', inputs: Array.from({ length: 20 }, (_, index) => ({ limit: (index + 1) * 5 })) },
  { name: 'search.query', path: 'search.query', inputs: TWENTY_QUERIES.map((q) => ({ q, limit: 20 })) },
]

async function load(port: string | number, paths: string[]) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: paths.map((requestPath) => ({ method: 'GET' as const, path: requestPath })),
  })
  return { rate: result.requests.average, p50: result.latency.p50, p975: result.latency.p97_5, errors: result.errors + result.non2xx }
}

async function main() {
  const database = await provisionTestDatabase()
  const env = testEnv(database.url)
  Object.assign(process.env, env)
  try {
    const { createPayloadConfig } = await import('@oneheart/schema/config')
    const payload = await getPayload({ config: createPayloadConfig() })
    const counter = countQueries(payload)
    await applyMigrations(payload)
    await seedDemoContent(payload)
    await ensureDemoAdmin(payload, { email: 'bench@oneheart.local', password: 'bench-password' })
    await addSyntheticActivities(payload)
    const api = createPublicCaller(payload)
    const call = (path: string, input: unknown) => callByPath(api, path, input)

    console.log('\nSQL statements per call (page size 10 → 50; equal means no N+1)')
    for (const procedure of procedures) {
      const target = 'path' in procedure ? procedure.path : procedure.name
      // Warm the first call's caches with another input: the measured calls must miss the public read cache.
      await call(target, procedure.input(11))
      const small = await counter.measure(() => call(target, procedure.input(10)))
      const large = await counter.measure(() => call(target, procedure.input(50)))
      console.log(
        `  ${procedure.name.padEnd(28)} ${String(small).padStart(3)} → ${String(large).padStart(3)}  ${small === large ? 'constant' : 'GROWS WITH PAGE SIZE'}`,
      )
    }
    await closePayload(payload)

    const apiServer = await startScriptServer(path.join(import.meta.dirname, 'apiServer.ts'), [], { ...process.env, ...env, NODE_ENV: 'production' })
    const trpcPath = (procedure: string, input: unknown) => `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`

    // The baseline: the same bytes as a typical answer, from a server that does nothing else.
    const sample = await fetch(`http://127.0.0.1:${apiServer.port}${trpcPath('issues.list', { limit: 20 })}`)
    const sampleFile = path.join(tmpdir(), `oneheart-bench-api-${process.pid}.json`)
    const sampleBytes = Buffer.from(await sample.arrayBuffer())
    writeFileSync(sampleFile, sampleBytes)
    const bare = await startScriptServer(path.join(import.meta.dirname, 'bareServer.ts'), [sampleFile, 'application/json'], process.env)
    const baseline = await load(bare.port, ['/'])
    await bare.stop()
    rmSync(sampleFile, { force: true })

    console.log(`\nLoad: ${CONNECTIONS} connections, ${DURATION_S} s each, loopback; each connection cycles through the inputs listed`)
    console.log('  target                         inputs   req/s   p50 ms  p97.5 ms  share of bare  errors')
    const row = (name: string, inputs: number, figures: Awaited<ReturnType<typeof load>>) =>
      console.log(
        `  ${name.padEnd(30)} ${String(inputs).padStart(6)} ${figures.rate.toFixed(0).padStart(7)} ${String(figures.p50).padStart(8)} ${String(figures.p975).padStart(9)} ${`${((figures.rate / baseline.rate) * 100).toFixed(1)} %`.padStart(14)}  ${figures.errors}`,
      )
    row(`bare node:http (${sampleBytes.length} B)`, 1, baseline)
    for (const target of loadInputs)
      row(
        target.name,
        target.inputs.length,
        await load(
          apiServer.port,
          target.inputs.map((input) => trpcPath(target.path, input)),
        ),
      )
    // Let in-flight requests finish against a live database before it stops.
    await apiServer.stop()
  } finally {
    await database.teardown()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
