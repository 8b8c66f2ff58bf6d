import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findRepoRoot } from '@oneheart/env'
import { freePort } from './testDatabase.ts'
import { until } from './until.ts'

export type Upstreams = { cms: number[]; web: number[]; print: number[] }
export type RunningNginx = { cms: string; web: string; print: string; stop(): Promise<void> }

/**
 * The load balancer of examples/deploy/nginx.conf, on loopback ports: the same upstreams and
 * the example's proxy.conf itself (retry an idempotent request on the next instance when one
 * refuses or fails, forwarded client addresses for the login throttle), with the test's ports.
 */
function clusterConfig(dir: string, listen: { cms: number; web: number; print: number }, upstreams: Upstreams): string {
  const servers = (ports: number[]) => ports.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=10s;`).join('\n')
  const site = (name: keyof Upstreams, port: number) => `
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://${name};
      include proxy.conf;
    }
  }`
  return `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 60m;
  upstream cms {
${servers(upstreams.cms)}
    keepalive 16;
  }
  upstream web {
${servers(upstreams.web)}
    keepalive 16;
  }
  upstream print {
${servers(upstreams.print)}
    keepalive 16;
  }
${site('cms', listen.cms)}
${site('web', listen.web)}
${site('print', listen.print)}
}
`
}

/** Starts Debian's nginx (which .ci/run installs) in front of the given instances, on free ports. */
export async function startNginx(upstreams: Upstreams): Promise<RunningNginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'oneheart-nginx-'))
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, sub))
  const listen = { cms: await freePort(), web: await freePort(), print: await freePort() }
  // The example's own rules, so the cluster test proves the file a city would install.
  copyFileSync(path.join(findRepoRoot(import.meta.dirname), 'examples', 'deploy', 'proxy.conf'), path.join(dir, 'proxy.conf'))
  writeFileSync(path.join(dir, 'nginx.conf'), clusterConfig(dir, listen, upstreams))
  const nginx = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] })
  let errors = ''
  nginx.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString()
  })
  nginx.once('error', (error) => {
    errors += String(error)
  })
  const exited = new Promise<void>((resolve) => nginx.once('exit', () => resolve()))
  const urls = { cms: `http://127.0.0.1:${listen.cms}`, web: `http://127.0.0.1:${listen.web}`, print: `http://127.0.0.1:${listen.print}` }
  const failure = () => `nginx did not start (install Debian's nginx-light; .ci/run does): ${errors}`
  await until(
    async () => {
      if (nginx.exitCode !== null) throw new Error(failure())
      return fetch(`${urls.print}/healthz`).then(
        () => true,
        () => false,
      )
    },
    10_000,
    failure,
  )
  return {
    ...urls,
    async stop() {
      nginx.kill('SIGQUIT')
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
