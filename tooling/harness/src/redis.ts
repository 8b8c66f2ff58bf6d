import { spawn } from 'node:child_process'
import { createConnection } from 'node:net'
import { freePort } from './testDatabase.ts'
import { until } from './until.ts'

export type RunningRedis = { url: string; stop(): Promise<void> }

/**
 * A throwaway Redis (Debian's redis-server, which .ci/run installs) on a free port, keeping
 * nothing on disk: what the shared counters and the cluster test run against.
 */
export async function startRedis(): Promise<RunningRedis> {
  const port = await freePort()
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  server.once('error', () => {})
  const failure = "redis-server did not start: install Debian's redis-server (.ci/run does)"
  try {
    await until(
      async () => {
        if (server.exitCode !== null) throw new Error(failure)
        return answersPing(port)
      },
      10_000,
      () => failure,
      50,
    )
  } catch (error) {
    server.kill('SIGKILL')
    throw error
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      server.kill('SIGTERM')
      await exited
    },
  }
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    socket.once('error', () => resolve(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
  })
}
