/**
 * `npm run bench:search`: Japanese full-text search at 100,000 and 1,000,000 paragraphs.
 *
 * For each size, in its own table of a throwaway database (schema `bench`): synthetic
 * paragraphs from VOCABULARY (Zipf), loaded and indexed exactly as search_entries is; then a
 * fixed set of queries (1, 2, 3+ characters, kana, mixed width, several words, phrase,
 * exclusion) run through the same store calls, in the same order, as search.query. It prints p50/p95/max per
 * size, the same for a plain ILIKE scan, index size and build time, and recall against a full
 * scan of the normalised text (every row containing the normalised query must be found).
 */

import { provisionTestDatabase } from '@oneheart/harness/testDatabase'
import { COUNT_CAP, parseQuery, type SearchDocument, type SqlExecutor, searchStore, searchTableDdl, toSearchRow } from '@oneheart/search'
import { readingOf } from '@oneheart/search/readings'
import pg from 'pg'
import { progressBar } from '../lib/progress.ts'
import { ENDINGS, PARTICLES, VOCABULARY } from './searchVocabulary.ts'

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '100000,1000000').split(',').map(Number)
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 15)
const ILIKE_RUNS = 3
/** Keep the database and tables afterwards, to EXPLAIN a query by hand. */
const KEEP = process.env.BENCH_SEARCH_KEEP === '1'
const BATCH = 4000
const QUERIES = [
  '会',
  '町',
  '八幡',
  '活動',
  '居場所',
  '助け合い',
  '生活支援コーディネーター',
  'いばしょ',
  'たすけあい',
  'しもおおるい',
  'ﾜﾝﾊｰﾄ',
  'ＳＣ通信',
  '助け合い 下大類',
  'サロン 八幡 -体操',
  '"地域の居場所"',
  'なつたら',
  '将棋',
  'ペタンク 箕郷',
]
/** Dates as readers type them: measured and checked like the rest, reported on a line of their own. */
const DATE_QUERIES = ['2月16日', '令和7年8月', 'R8.2.16 八幡']

/** A small deterministic generator, so every run measures the same text. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function zipfPicker(size: number, next: () => number) {
  const weights = Array.from({ length: size }, (_, rank) => 1 / (rank + 1) ** 1.1)
  const cumulative: number[] = []
  weights.reduce((sum, weight, index) => (cumulative[index] = sum + weight), 0)
  const total = cumulative.at(-1)!
  return () => {
    const target = next() * total
    let low = 0
    let high = size - 1
    while (low < high) {
      const mid = (low + high) >> 1
      if (cumulative[mid]! < target) low = mid + 1
      else high = mid
    }
    return low
  }
}

async function* paragraphs(count: number, readings: Map<string, string>) {
  const next = random(count)
  const pick = zipfPicker(VOCABULARY.length, next)
  const start = Date.parse('2016-04-01T00:00:00Z')
  const span = Date.parse('2026-10-01T00:00:00Z') - start
  for (let i = 0; i < count; i++) {
    const words: string[] = []
    const read: string[] = []
    const length = 6 + Math.floor(next() * 10)
    for (let w = 0; w < length; w++) {
      const word = VOCABULARY[pick()]!
      const particle = w === length - 1 ? ENDINGS[Math.floor(next() * ENDINGS.length)]! : PARTICLES[Math.floor(next() * PARTICLES.length)]!
      words.push(word + particle)
      read.push(readings.get(word)! + (readings.get(particle) ?? particle))
    }
    const sortAt = new Date(start + Math.floor(next() * span))
    const day = sortAt.toISOString().slice(0, 10)
    const month = Number(day.slice(5, 7))
    const titleWords = [VOCABULARY[pick()]!, VOCABULARY[pick()]!]
    const title = titleWords.join('と')
    const titleReading = titleWords.map((word) => readings.get(word) ?? '').join('と')
    const document: SearchDocument = {
      type: 'article',
      docId: i + 1,
      title,
      body: words.join(''),
      keywords: '',
      reading: `${titleReading}\n${read.join('')}`,
      titleReading,
      dates: [day],
      url: `/articles/bench-${i + 1}`,
      shownOn: day,
      fiscalYear: month >= 4 ? Number(day.slice(0, 4)) : Number(day.slice(0, 4)) - 1,
      sortAt,
      councilIds: [1 + Math.floor(next() * 27)],
      districtIds: [1 + Math.floor(next() * 41)],
    }
    yield toSearchRow(document)
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
const ms = (value: number) => `${value.toFixed(1)} ms`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await work()
  return [result, performance.now() - started]
}

async function main() {
  const database = await provisionTestDatabase()
  const pool = new pg.Pool({ connectionString: database.url, max: 4 })
  const run: SqlExecutor = async ({ text, values }) => (await pool.query(text, values)).rows
  try {
    await run({ text: 'CREATE SCHEMA bench', values: [] })
    const readings = new Map<string, string>()
    for (const word of [...VOCABULARY, ...PARTICLES, ...ENDINGS]) readings.set(word, await readingOf(word))
    const settings = await run({ text: `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS buffers`, values: [] })
    console.log(`PostgreSQL ${settings[0]!.version}, shared_buffers ${settings[0]!.buffers}; ${RUNS} runs per query, ${QUERIES.length} queries`)

    for (const size of SIZES) {
      const table = `bench.paragraphs_${size}`
      const store = searchStore(table)
      const [createTable, ...createIndexes] = searchTableDdl(table)
      await run({ text: createTable!, values: [] })

      const bar = progressBar(`[bench] ${size.toLocaleString()} paragraphs`)
      const [, loadMs] = await timed(async () => {
        let batch = []
        let done = 0
        for await (const row of paragraphs(size, readings)) {
          batch.push(row)
          if (batch.length === BATCH) {
            await store.insertMany(run, batch)
            done += batch.length
            bar.update(done, size, 'loaded')
            batch = []
          }
        }
        await store.insertMany(run, batch)
        bar.update(size, size, 'loaded')
      })
      const client = await pool.connect()
      const [, indexMs] = await timed(async () => {
        await client.query(`SET maintenance_work_mem = '1GB'`)
        for (const statement of createIndexes) await client.query(statement)
        await client.query(`VACUUM ANALYZE ${table}`)
      })
      client.release()
      const sizes = (
        await run({
          text: `SELECT pg_relation_size($1::regclass) AS gin, pg_total_relation_size($2::regclass) AS total, pg_relation_size($2::regclass) AS heap`,
          values: [`bench.${table.split('.')[1]}_terms`, table],
        })
      )[0]!

      // Warm the cache once, then measure: what search.query runs (counts + first page).
      const latencies: number[] = []
      const dateLatencies: number[] = []
      const ilikeLatencies: number[] = []
      const perQuery: string[] = []
      let recallOk = true
      for (const q of [...QUERIES, ...DATE_QUERIES]) {
        const query = parseQuery(q)
        const searchOnce = async () => {
          const counts = await store.counts(run, query, {})
          await store.page(run, query, {}, 20, null, counts.capped)
          return counts
        }
        await searchOnce()
        const times: number[] = []
        let total = 0
        for (let i = 0; i < RUNS; i++) {
          const [counts, elapsed] = await timed(searchOnce)
          total = counts.total
          times.push(elapsed)
        }
        ;(DATE_QUERIES.includes(q) ? dateLatencies : latencies).push(...times)

        // The same two steps by a plain ILIKE scan of the raw text (capped count, newest 21):
        // what search costs without the index (and without normalisation, so it finds less).
        const likeTimes: number[] = []
        const words = q
          .replace(/["「」]/g, '')
          .split(/\s+/)
          .filter((word) => word && !word.startsWith('-'))
        const patterns = words.map((word) => `%${word}%`)
        for (let i = 0; i < ILIKE_RUNS; i++) {
          const [, elapsed] = await timed(async () => {
            await run({
              text: `SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE title || ' ' || excerpt_source ILIKE ALL ($1::text[]) LIMIT ${COUNT_CAP + 1}) hits`,
              values: [patterns],
            })
            await run({
              text: `SELECT id, title FROM ${table} WHERE title || ' ' || excerpt_source ILIKE ALL ($1::text[]) ORDER BY sort_at DESC LIMIT 21`,
              values: [patterns],
            })
          })
          likeTimes.push(elapsed)
        }
        ilikeLatencies.push(...likeTimes)

        // Recall: every row whose normalised text contains the query, found by a full scan.
        const scan = await pool.connect()
        let expected: Set<number>
        try {
          await scan.query('SET enable_bitmapscan = off; SET enable_indexscan = off')
          const include = query.include.map((word) => `%${word}%`)
          const exclude = query.exclude.map((word) => `%${word}%`)
          const rows = await scan.query(`SELECT id FROM ${table} WHERE haystack LIKE ALL ($1::text[]) AND NOT (haystack LIKE ANY ($2::text[]))`, [
            include,
            exclude,
          ])
          expected = new Set(rows.rows.map((row) => Number(row.id)))
        } finally {
          await scan.query('RESET ALL')
          scan.release()
        }
        const found = new Set(await store.matchingIds(run, query))
        const missed = [...expected].filter((id) => !found.has(id)).length
        const extra = [...found].filter((id) => !expected.has(id)).length
        const recall = expected.size ? (expected.size - missed) / expected.size : 1
        if (missed > 0) recallOk = false
        perQuery.push(
          `  ${q.padEnd(16, '　')} matches ${String(expected.size).padStart(7)}  total ${String(total).padStart(5)}  p50 ${ms(percentile(times, 50)).padStart(9)}  p95 ${ms(percentile(times, 95)).padStart(9)}  ILIKE p50 ${ms(percentile(likeTimes, 50)).padStart(10)}  recall ${(recall * 100).toFixed(2)}%${extra ? ` (+${extra} not in scan)` : ''}`,
        )
      }

      console.log(`\n== ${size.toLocaleString()} paragraphs`)
      console.log(
        `load ${(loadMs / 1000).toFixed(1)} s, index build ${(indexMs / 1000).toFixed(1)} s; GIN ${mb(Number(sizes.gin))}, table ${mb(Number(sizes.heap))}, table+indexes ${mb(Number(sizes.total))}`,
      )
      console.log(perQuery.join('\n'))
      const p95 = percentile(latencies, 95)
      const likeP50 = percentile(ilikeLatencies, 50)
      console.log(
        `search   p50 ${ms(percentile(latencies, 50))}  p95 ${ms(p95)}  max ${ms(Math.max(...latencies))}   (target p95 ≤ 50 ms: ${p95 <= 50 ? 'met' : 'NOT met'})`,
      )
      console.log(
        `dates    p50 ${ms(percentile(dateLatencies, 50))}  p95 ${ms(percentile(dateLatencies, 95))}  max ${ms(Math.max(...dateLatencies))}   (${DATE_QUERIES.length} date queries, not in the figures above)`,
      )
      console.log(
        `ILIKE    p50 ${ms(likeP50)}  p95 ${ms(percentile(ilikeLatencies, 95))}  max ${ms(Math.max(...ilikeLatencies))}   (ratio ILIKE/search: p50 ${(likeP50 / percentile(latencies, 50)).toFixed(1)}×, p95 ${(percentile(ilikeLatencies, 95) / p95).toFixed(1)}×)`,
      )
      console.log(`recall   ${recallOk ? '100% for every query' : 'BELOW 100% (see above)'}`)
      if (!KEEP) await run({ text: `DROP TABLE ${table}`, values: [] })
    }
  } finally {
    await pool.end()
    if (KEEP) console.log(`kept for inspection: ${database.url} (tables bench.paragraphs_*)`)
    else await database.teardown()
  }
}

await main()
