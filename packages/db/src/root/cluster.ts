import { type ChildProcess, spawn } from 'node:child_process'
import { chownSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { UserIds } from './reach.ts'
import type { Binaries } from './runtime.ts'

/**
 * initdb and postgres run as the `postgres` user by our own spawn, so every failure (a program
 * it cannot run, a folder it cannot open) arrives as a rejected promise with PostgreSQL's own
 * words: never as an unhandled 'error' event.
 */
interface Run {
  binaries: Binaries
  user: UserIds
  log: (line: string) => void
}

function runToEnd(run: Run, program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    const child = spawn(program, args, { uid: run.user.uid, gid: run.user.gid, stdio: ['ignore', 'pipe', 'pipe'] })
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      run.log(chunk.toString('utf8').trimEnd())
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.once('error', (error) => reject(new Error(`${path.basename(program)} could not run: ${error.message}`)))
    child.once('close', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(program)} failed (code ${code}, signal ${signal}): ${output.trim()}`)),
    )
  })
}

export async function initialiseCluster(run: Run, options: { dataDir: string; user: string; password: string; flags: string[] }) {
  // The password file sits in the cluster's own folder (0700, postgres) while initdb reads it.
  const passwordFile = path.join(path.dirname(options.dataDir), `.pw-${path.basename(options.dataDir)}-${process.pid}`)
  writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o600 })
  chownSync(passwordFile, run.user.uid, run.user.gid)
  try {
    await runToEnd(run, run.binaries.initdb, [
      `--pgdata=${options.dataDir}`,
      '--auth=password',
      `--username=${options.user}`,
      `--pwfile=${passwordFile}`,
      ...options.flags,
    ])
  } finally {
    rmSync(passwordFile, { force: true })
  }
}

export interface RunningCluster {
  stop: () => Promise<void>
}

export function startCluster(run: Run, options: { dataDir: string; port: number; flags: string[] }): Promise<RunningCluster> {
  return new Promise((resolve, reject) => {
    let output = ''
    let ready = false
    const child: ChildProcess = spawn(run.binaries.postgres, ['-D', options.dataDir, '-p', String(options.port), ...options.flags], {
      uid: run.user.uid,
      gid: run.user.gid,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const exited = new Promise<void>((done) => child.once('close', () => done()))
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT')
      await exited
    }
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      if (!ready) output += text
      run.log(text.trimEnd())
      if (!ready && text.includes('database system is ready to accept connections')) {
        ready = true
        resolve({ stop })
      }
    }
    child.stdout?.on('data', onOutput)
    child.stderr?.on('data', onOutput)
    child.once('error', (error) => {
      if (!ready) reject(new Error(`postgres could not run: ${error.message}`))
    })
    child.once('close', (code) => {
      if (!ready) reject(new Error(`postgres exited before it was ready (code ${code}): ${output.trim()}`))
    })
  })
}
