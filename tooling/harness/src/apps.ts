import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findRepoRoot } from '@oneheart/env'
import { freePort } from './testDatabase.ts'
import { until } from './until.ts'

export interface RunningApps {
  cms: string
  web: string
  print: string
  /** Each app's process (the root of its tree: Next's workers, the print app's Chromium). */
  pids: { cms: number; web: number; print: number }
  /** The environment the apps were started with, to start another instance beside them. */
  env: NodeJS.ProcessEnv
  stop: () => Promise<void>
}

const root = findRepoRoot(import.meta.dirname)

export async function waitFor(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  await until(
    async () => {
      if (child.exitCode !== null) throw new Error(`${url}: the app exited (${child.exitCode}):\n${output()}`)
      return fetch(url, { redirect: 'manual' }).then(
        (response) => response.status < 500,
        () => false,
      )
    },
    timeoutMs,
    () => `${url} did not answer within ${timeoutMs / 1000} s:\n${output()}`,
    500,
  )
}

/** Where each app is reached, as the apps' own variables name them. */
export type AppUrls = { cms: string; web: string; print: string }

/**
 * The environment the production builds run with: the test's variables, where each app is
 * reached (its own port is given when it starts), and a print cache of the run's own, so a PDF
 * cached by an earlier run is never what a test checks.
 */
export function appEnvironment(env: Record<string, string | undefined>, urls: AppUrls): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...env,
    NODE_ENV: 'production',
    CMS_URL: urls.cms,
    WEB_URL: urls.web,
    PRINT_URL: urls.print,
    PRINT_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'oneheart-e2e-print-cache-')),
    NEXT_TELEMETRY_DISABLED: '1',
  }
}

/** Stops started apps: SIGTERM to each process group (Next's workers, Chromium), then a moment to go. */
export async function stopApps(children: readonly ChildProcess[]): Promise<void> {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {}
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
}

/** Where each app's output goes during browser tests, to read when one fails. */
export const APP_LOG_DIR = path.join(tmpdir(), 'oneheart-e2e-logs')

export function start(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  mkdirSync(APP_LOG_DIR, { recursive: true })
  const file = createWriteStream(path.join(APP_LOG_DIR, `${name}.log`))
  let log = ''
  const keep = (chunk: Buffer) => {
    file.write(chunk)
    log = (log + chunk.toString()).slice(-8000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return { child, output: () => log }
}

/** The CMS's production build (Next's own server) on a port. */
export const startCms = (name: string, port: number, env: NodeJS.ProcessEnv) =>
  start(name, path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(port)], path.join(root, 'apps/cms'), env)

/** The site's production build, through its own server (apps/web/server), on a port; `nodeFlags` such as --cpu-prof. */
export const startSite = (name: string, port: number, env: NodeJS.ProcessEnv, nodeFlags: string[] = []) =>
  start(name, process.execPath, [...nodeFlags, '--enable-source-maps', 'dist/server.js', '-p', String(port)], path.join(root, 'apps/web'), env)

/** The print app's build on a port. */
export const startPrint = (name: string, port: number, env: NodeJS.ProcessEnv) =>
  start(name, process.execPath, ['--conditions=production', '--enable-source-maps', 'dist/server.js'], path.join(root, 'apps/print'), {
    ...env,
    PRINT_PORT: String(port),
  })

/** Starts the production builds of the three apps on free ports against the given environment. */
export async function startApps(env: Record<string, string>): Promise<RunningApps> {
  const [cmsPort, webPort, printPort] = [await freePort(), await freePort(), await freePort()]
  const urls = { cms: `http://localhost:${cmsPort}`, web: `http://localhost:${webPort}`, print: `http://localhost:${printPort}` }
  const appEnv = appEnvironment(env, urls)
  const apps = [
    { url: `${urls.cms}/admin/login`, ...startCms('cms', cmsPort, appEnv) },
    { url: urls.web, ...startSite('web', webPort, appEnv) },
    { url: `${urls.print}/healthz`, ...startPrint('print', printPort, appEnv) },
  ]
  const stop = () => stopApps(apps.map((app) => app.child))
  try {
    await Promise.all(apps.map((app) => waitFor(app.url, app.child, 120_000, app.output)))
  } catch (error) {
    await stop()
    throw error
  }
  const [cms, web, print] = apps.map((app) => app.child.pid ?? 0) as [number, number, number]
  return { ...urls, pids: { cms, web, print }, env: appEnv, stop }
}
