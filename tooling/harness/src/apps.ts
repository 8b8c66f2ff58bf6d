import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findRepoRoot } from '@oneheart/env'
import { freePort } from './testDatabase.ts'

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
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the app exited (${child.exitCode}):\n${output()}`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${output()}`)
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

/** The site's production build, through its own server (apps/web/server), on a port. */
export const startSite = (name: string, port: number, env: NodeJS.ProcessEnv) =>
  start(name, process.execPath, ['--enable-source-maps', 'dist/server.js', '-p', String(port)], path.join(root, 'apps/web'), env)

/** Starts the production builds of the three apps on free ports against the given environment. */
export async function startApps(env: Record<string, string>): Promise<RunningApps> {
  const [cmsPort, webPort, printPort] = [await freePort(), await freePort(), await freePort()]
  const urls = { cms: `http://localhost:${cmsPort}`, web: `http://localhost:${webPort}`, print: `http://localhost:${printPort}` }
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    NODE_ENV: 'production',
    CMS_URL: urls.cms,
    WEB_URL: urls.web,
    PRINT_URL: urls.print,
    CMS_PORT: String(cmsPort),
    WEB_PORT: String(webPort),
    PRINT_PORT: String(printPort),
    // Each run prints afresh: a PDF cached by an earlier run is never what a test checks.
    PRINT_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'oneheart-e2e-print-cache-')),
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const apps = [
    { url: `${urls.cms}/admin/login`, ...startCms('cms', cmsPort, appEnv) },
    { url: urls.web, ...startSite('web', webPort, appEnv) },
    {
      url: `${urls.print}/healthz`,
      ...start('print', process.execPath, ['--conditions=production', '--enable-source-maps', 'dist/server.js'], path.join(root, 'apps/print'), appEnv),
    },
  ]
  const stop = async () => {
    for (const app of apps) {
      try {
        if (app.child.pid) process.kill(-app.child.pid, 'SIGTERM')
      } catch {}
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  try {
    await Promise.all(apps.map((app) => waitFor(app.url, app.child, 120_000, app.output)))
  } catch (error) {
    await stop()
    throw error
  }
  const [cms, web, print] = apps.map((app) => app.child.pid ?? 0) as [number, number, number]
  return { ...urls, pids: { cms, web, print }, env: appEnv, stop }
}
