/**
 * `npm run bench:api`: the API under load on loopback, and the SQL each procedure issues.
 *
 * 1. A throwaway database with the demo content plus 300 synthetic activities.
 * 2. SQL statements per call at page sizes 10 and 50 (equal numbers = no N+1).
 * 3. Requests/second and latency (p50/p95/p99) per procedure from autocannon, 10 s each,
 *    20 connections, against the tRPC handler in its own process.
 */
import { spawn } from 'node:child_process'
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
      await call(target, procedure.input(10)) // warm caches of the first call
      const small = await counter.measure(() => call(target, procedure.input(10)))
      const large = await counter.measure(() => call(target, procedure.input(50)))
      console.log(
        `  ${procedure.name.padEnd(28)} ${String(small).padStart(3)} → ${String(large).padStart(3)}  ${small === large ? 'constant' : 'GROWS WITH PAGE SIZE'}`,
      )
    }
    await closePayload(payload)

    const server = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', path.join(import.meta.dirname, 'apiServer.ts')], {
      env: { ...process.env, ...env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const port = await new Promise<number>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        const match = /PORT (\d+)/.exec(chunk.toString())
        if (match) resolve(Number(match[1]))
      })
      server.once('exit', (code) => reject(new Error(`bench server exited (${code})`)))
    })

    console.log(`\nLoad: ${CONNECTIONS} connections, ${DURATION_S} s per procedure, loopback, page size 20`)
    console.log('  procedure                     req/s    p50 ms  p95 ms  p99 ms  errors')
    for (const procedure of procedures) {
      const target = 'path' in procedure ? procedure.path : procedure.name
      const url = `http://127.0.0.1:${port}/api/trpc/${target}?input=${encodeURIComponent(JSON.stringify(procedure.input(20)))}`
      const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S })
      const p95 = (result.latency as unknown as Record<string, number>).p95 ?? result.latency.p97_5
      console.log(
        `  ${procedure.name.padEnd(28)} ${result.requests.average.toFixed(0).padStart(6)}  ${String(result.latency.p50).padStart(7)} ${String(p95).padStart(7)} ${String(result.latency.p99).padStart(7)}  ${result.errors + result.non2xx}`,
      )
    }
    // Let in-flight requests finish against a live database before it stops.
    await new Promise<void>((resolve) => {
      server.once('exit', () => resolve())
      server.kill('SIGTERM')
    })
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
