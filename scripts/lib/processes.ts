import { spawn, type ChildProcess } from 'node:child_process'

const children = new Set<ChildProcess>()

/** Runs a command to completion, inheriting the terminal; rejects on a non-zero exit. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env, detached: true })
    children.add(child)
    child.on('exit', (code, signal) => {
      children.delete(child)
      if (code === 0) resolve()
      else reject(new Error(`${command} ${args.join(' ')} ended with ${signal ?? `exit code ${code}`}`))
    })
  })
}

/** Starts a long-running command in its own process group, so stopping it stops its children too. */
export function launch(command: string, args: string[], env: NodeJS.ProcessEnv, onExit: (code: number | null) => void) {
  const child = spawn(command, args, { stdio: 'inherit', env, detached: true })
  children.add(child)
  child.on('exit', (code) => {
    children.delete(child)
    onExit(code)
  })
  return child
}

export function stopChildren(): Promise<void> {
  const waits = [...children].map(
    (child) =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        try {
          if (child.pid) process.kill(-child.pid, 'SIGTERM')
        } catch {
          resolve()
        }
        setTimeout(() => {
          try {
            if (child.pid) process.kill(-child.pid, 'SIGKILL')
          } catch {}
          resolve()
        }, 8_000).unref()
      }),
  )
  return Promise.all(waits).then(() => {})
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return true
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}
