import type { ChildProcess } from 'node:child_process'
import { closePayload } from '@oneheart/db'
import { appEnvironment, startCms, startPrint, startSite, stopApps, waitFor } from '@oneheart/harness/apps'
import { type RunningNginx, startNginx } from '@oneheart/harness/nginx'
import { migrateAndSeedInChild } from '@oneheart/harness/prepare'
import { type RunningRedis, startRedis } from '@oneheart/harness/redis'
import { freePort, provisionTestDatabase } from '@oneheart/harness/testDatabase'
import { testEnv } from '@oneheart/harness/testEnv'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminClient } from '../support/admin.ts'
import { publishUnpublishDeleteEverywhere } from '../support/everyPath.ts'

/**
 * Issue 18: two CMS and two site instances and the print app on one PostgreSQL and one Redis,
 * behind Debian's nginx, as examples/deploy/ describes. Its own database, so the instances of
 * the other browser tests are not part of it.
 */
describe('several instances behind nginx', () => {
  const ARTICLE = '/articles/no1-nobuko-chanchi'
  let teardownDatabase: () => Promise<void> = async () => {}
  let redis: RunningRedis | undefined
  let nginx: RunningNginx | undefined
  let payload: Payload | undefined
  const children: { name: string; child: ChildProcess }[] = []
  const direct = { cmsA: '', cmsB: '', web1: '', web2: '' }

  beforeAll(async () => {
    const database = await provisionTestDatabase()
    teardownDatabase = database.teardown
    const env = testEnv(database.url)
    await migrateAndSeedInChild(env)
    redis = await startRedis()
    const ports = { cmsA: await freePort(), cmsB: await freePort(), web1: await freePort(), web2: await freePort(), print: await freePort() }
    nginx = await startNginx({ cms: [ports.cmsA, ports.cmsB], web: [ports.web1, ports.web2], print: [ports.print] })
    for (const name of ['cmsA', 'cmsB', 'web1', 'web2'] as const) direct[name] = `http://127.0.0.1:${ports[name]}`
    const appEnv = {
      // The CMS tells site instance 1 only, as a CMS configured with one address reaches one
      // instance: instance 2 can learn of a change only from PostgreSQL.
      ...appEnvironment(env, { cms: nginx.cms, web: direct.web1, print: nginx.print }),
      REDIS_URL: redis.url,
    }
    const apps = [
      { name: 'cmsA', url: `${direct.cmsA}/admin/login`, ...startCms('cluster-cms-a', ports.cmsA, appEnv) },
      { name: 'cmsB', url: `${direct.cmsB}/admin/login`, ...startCms('cluster-cms-b', ports.cmsB, appEnv) },
      { name: 'web1', url: direct.web1, ...startSite('cluster-web-1', ports.web1, appEnv) },
      { name: 'web2', url: direct.web2, ...startSite('cluster-web-2', ports.web2, appEnv) },
      { name: 'print', url: `http://127.0.0.1:${ports.print}/healthz`, ...startPrint('cluster-print', ports.print, appEnv) },
    ]
    children.push(...apps.map((app) => ({ name: app.name, child: app.child })))
    await Promise.all(apps.map((app) => waitFor(app.url, app.child, 180_000, app.output)))
    // The test's own Payload (no job runner: only the CMS asks for crons) on the cluster's database.
    Object.assign(process.env, env)
    const { migratedPayload } = await import('@oneheart/harness/payload')
    payload = await migratedPayload()
  })

  afterAll(async () => {
    await stopApps(children.map(({ child }) => child))
    if (payload) await closePayload(payload)
    await nginx?.stop()
    await redis?.stop()
    await teardownDatabase()
  })

  const pageText = async (url: string) => (await fetch(url)).text()

  it('shows a change published through CMS instance A on both site instances within 2 s', async () => {
    // Both instances have the page in their cache before the change.
    for (const web of [direct.web1, direct.web2]) {
      await pageText(`${web}${ARTICLE}`)
      expect((await fetch(`${web}${ARTICLE}`)).headers.get('x-page-cache')).toBe('HIT')
    }
    const admin = adminClient(direct.cmsA)
    const found = await admin.call<{ docs: { id: number; title: string }[] }>('GET', '/api/articles?where[slug][equals]=no1-nobuko-chanchi&depth=0')
    const article = found.docs[0]!
    const title = `${article.title}（${Date.now().toString(36)}）`
    const saved = await admin.request(`/api/articles/${article.id}`, { method: 'PATCH', body: JSON.stringify({ title }) })
    expect(saved.status).toBe(200)
    const published = Date.now()
    const seenAfter: Record<string, number> = {}
    await Promise.all(
      [direct.web1, direct.web2].map(async (web) => {
        await expect.poll(async () => (await pageText(`${web}${ARTICLE}`)).includes(title), { timeout: 2_000, interval: 100 }).toBe(true)
        seenAfter[web] = Date.now() - published
      }),
    )
    for (const elapsed of Object.values(seenAfter)) expect(elapsed).toBeLessThan(2_000)
    // And through the load balancer, and the API any instance answers.
    expect(await pageText(`${nginx!.web}${ARTICLE}`)).toContain(title)
  })

  it('shows a published, an unpublished and a deleted issue on every path of every instance within 2 s', async () => {
    await publishUnpublishDeleteEverywhere({
      webs: [direct.web1, direct.web2],
      cmsApis: [direct.cmsA, direct.cmsB],
      print: nginx!.print,
      cmsToWrite: direct.cmsA,
    })
  })

  it('runs a scheduled publication once, though both CMS instances check the schedule', async () => {
    const articles = await payload!.find({ collection: 'articles', where: { slug: { not_equals: 'no1-nobuko-chanchi' } }, limit: 1, depth: 0 })
    const article = articles.docs[0]!
    await payload!.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    const scheduled = new Date()
    await payload!.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: article.id } },
      waitUntil: new Date(Date.now() + 1_000),
    })
    const publishedVersions = async () =>
      (
        await payload!.findVersions({
          collection: 'articles',
          where: {
            and: [{ parent: { equals: article.id } }, { 'version._status': { equals: 'published' } }, { createdAt: { greater_than: scheduled.toISOString() } }],
          },
          depth: 0,
        })
      ).totalDocs
    await expect.poll(publishedVersions, { timeout: 20_000, interval: 250 }).toBeGreaterThan(0)
    // Another tick of both instances' schedules: still one publication.
    await new Promise((resolve) => setTimeout(resolve, 6_000))
    expect(await publishedVersions()).toBe(1)
  })

  it('counts failed logins for an account together across the CMS instances (through Redis)', async () => {
    const email = `nobody-${Date.now().toString(36)}@example.jp`
    const attempt = async (cms: string) =>
      (
        await fetch(`${cms}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password: 'wrong-password' }),
        })
      ).status
    // Five failures are allowed per address and account within 15 minutes; each instance alone
    // would have seen three, and let the sixth through.
    const statuses: number[] = []
    for (const cms of [direct.cmsA, direct.cmsB, direct.cmsA, direct.cmsB, direct.cmsA, direct.cmsB]) statuses.push(await attempt(cms))
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses[5]).toBe(429)
  })

  it('loses no request sent after a site instance is killed: nginx sends it to the other', async () => {
    const routes = ['/', '/issues/4', ARTICLE, '/activities']
    // A request the killed instance was answering at that moment cannot be retried (nginx has
    // begun to pass its answer on); every request sent from then on must be answered.
    const failures: { route: string; why: string; inFlightAtKill: boolean }[] = []
    let killedAt = Number.POSITIVE_INFINITY
    let answered = 0
    let running = true
    const reader = async (offset: number) => {
      for (let index = offset; running; index++) {
        const route = routes[index % routes.length]!
        const sentAt = Date.now()
        const fail = (why: string) => failures.push({ route, why, inFlightAtKill: sentAt <= killedAt })
        try {
          const response = await fetch(`${nginx!.web}${route}`)
          await response.arrayBuffer()
          if (response.status === 200) answered += 1
          else fail(String(response.status))
        } catch (error) {
          fail(String(error))
        }
      }
    }
    // Every page in both instances' caches first, so the count measures serving, not rendering.
    for (const web of [direct.web1, direct.web2]) for (const route of routes) await pageText(`${web}${route}`)
    const readers = [0, 1, 2, 3, 4, 5].map(reader)
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    const before = answered
    const web2 = children.find((child) => child.name === 'web2')!
    killedAt = Date.now()
    process.kill(-web2.child.pid!, 'SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    running = false
    await Promise.all(readers)
    expect(failures.filter((failure) => !failure.inFlightAtKill)).toEqual([])
    expect(failures.length).toBeLessThanOrEqual(readers.length)
    expect(before).toBeGreaterThan(20)
    expect(answered - before).toBeGreaterThan(20)
    // The instance is gone, and the site still answers through the load balancer.
    await expect(fetch(direct.web2)).rejects.toThrow()
    expect((await fetch(`${nginx!.web}/`)).status).toBe(200)
  })
})
