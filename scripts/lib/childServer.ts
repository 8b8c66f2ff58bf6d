import { spawn } from 'node:child_process'

/**
 * Starts a TypeScript server script in a process of its own (tsx, production conditions) and
 * resolves once it prints `PORT n`: the benchmarks' bare baselines and API server.
 */
export async function startScriptServer(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', script, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /PORT (\d+)/.exec(chunk.toString())
      if (match) resolve(Number(match[1]))
    })
    child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)))
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return { port, stop }
}
