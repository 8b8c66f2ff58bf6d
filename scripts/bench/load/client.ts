import http from 'node:http'

/** One answer as the load saw it: status 0 means no answer (refused, reset or timed out). */
export interface Answer {
  status: number
  ms: number
  body: string
  failure?: string
}

export interface SendOptions {
  method?: string
  headers?: Record<string, string>
  body?: string
  timeoutMs?: number
  /** Readers only count the bytes; writers and checks read the answer. */
  keepBody?: boolean
}

// Keep-alive sockets, as browsers and a reverse proxy hold them: the load measures the apps,
// not TCP handshakes. node:http rather than fetch keeps the client's own CPU cost low on a
// machine the servers share. An idle socket is dropped after 1 s, well before the servers'
// 5-second keep-alive ends: on a starved CPU a socket the server has just closed would
// otherwise be reused and its request lost as "socket hang up", a fault of the client.
const agent = new http.Agent({ keepAlive: true, maxSockets: 512, timeout: 1000 })

export function send(url: string, options: SendOptions = {}): Promise<Answer> {
  const started = performance.now()
  const elapsed = () => performance.now() - started
  return new Promise((resolve) => {
    const request = http.request(url, { method: options.method ?? 'GET', headers: options.headers, agent }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => options.keepBody && chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: elapsed(), body: Buffer.concat(chunks).toString('utf8') }))
      response.on('error', (error) => resolve({ status: 0, ms: elapsed(), body: '', failure: error.message }))
    })
    request.setTimeout(options.timeoutMs ?? 30_000, () => request.destroy(new Error(`no answer within ${(options.timeoutMs ?? 30_000) / 1000} s`)))
    request.on('error', (error) =>
      resolve({ status: 0, ms: elapsed(), body: '', failure: `${error.message}${request.reusedSocket ? ' (on a reused socket)' : ''}` }),
    )
    request.end(options.body)
  })
}

export const acknowledged = (answer: Answer) => answer.status >= 200 && answer.status < 300

/** Sends and parses a JSON answer, failing loudly: set-up and checks must not pass silently. */
export async function sendJson<T>(url: string, options: SendOptions = {}): Promise<T> {
  const answer = await send(url, { ...options, keepBody: true, headers: { 'content-type': 'application/json', ...options.headers } })
  if (!acknowledged(answer)) throw new Error(`${options.method ?? 'GET'} ${url} → ${answer.status} ${answer.failure ?? answer.body.slice(0, 300)}`)
  return JSON.parse(answer.body) as T
}
