import { type ChildProcess, spawn } from 'node:child_process'

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

/** Whether any process of the group is still alive. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Stops every child's whole process group and waits until none of its processes is left (the
 * leader, e.g. turbo, can exit before the apps it started), so the database is stopped only
 * once nothing is connected to it any more.
 */
export function stopChildren(): Promise<void> {
  const waits = [...children].map(async (child) => {
    const pid = child.pid
    if (!pid) return
    try {
      process.kill(-pid, 'SIGTERM')
    } catch {
      return
    }
    const deadline = Date.now() + 8_000
    while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    if (groupAlive(pid)) {
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {}
    }
  })
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
