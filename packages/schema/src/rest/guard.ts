import { getPayload, type SanitizedConfig } from 'payload'
import { type RestCaller, restQueryProblem } from './query.ts'
import { REST_MESSAGES, restRefusal } from './refusal.ts'
import { isFileRoute, isKnownRestRoute, type RestRouteTable, restRouteTable } from './routes.ts'

type RouteArgs = { params: Promise<{ slug?: string[] }> }
type RestHandler = (request: Request, args: RouteArgs) => Promise<Response>

/** The largest JSON body a REST write accepts; uploads come as multipart and Payload limits those. */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024

const WRITES = new Set(['POST', 'PATCH', 'PUT'])

/** Whether a URL holds a NUL, written as %00 or raw: PostgreSQL can neither store nor compare it. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: a raw U+0000 is exactly what this looks for
const holdsNul = (url: string) => /%00|\u0000/i.test(url)

async function callerOf(config: SanitizedConfig, headers: Headers): Promise<RestCaller | 'badToken'> {
  // No credentials, no database round trip: the common anonymous read stays cheap.
  if (!headers.get('authorization') && !headers.get('cookie')?.includes('payload-token')) return 'anonymous'
  const payload = await getPayload({ config })
  const user = await payload.auth({ headers, canSetHeaders: false }).then(
    ({ user }) => user,
    () => null,
  )
  if (user) return 'signedIn'
  // A token that was sent but does not hold is refused (401), never read as "anonymous": a
  // script whose login expired must be told, not silently shown only public content. An
  // expired session cookie in a browser is only "not signed in": the admin's login page follows.
  return /^JWT\b/i.test(headers.get('authorization') ?? '') ? 'badToken' : 'anonymous'
}

/** A refusal when `text` is not one JSON object: every Payload endpoint reads an object, and a bare value fails inside it. */
function jsonObjectProblem(text: string): Response | null {
  if (text.includes('\\u0000')) return restRefusal(400, REST_MESSAGES.nul)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return restRefusal(400, REST_MESSAGES.badJson)
  }
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? null : restRefusal(400, REST_MESSAGES.notObject)
}

/** Multipart bodies (the admin's forms, uploads) carry the document as JSON in `_payload`. */
async function formProblem(request: Request): Promise<Response | null> {
  let form: FormData
  try {
    form = await request.clone().formData()
  } catch {
    return restRefusal(400, REST_MESSAGES.badForm)
  }
  const data = form.get('_payload')
  if (data === null) return null
  return typeof data === 'string' ? jsonObjectProblem(data) : restRefusal(400, REST_MESSAGES.notObject)
}

const contentTypeOf = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()

/**
 * Payload's admin sends long reads as POST with `X-Payload-HTTP-Method-Override: GET` and the
 * query string as the body; Payload then answers them as the GET they stand for.
 */
const isReadOverride = (request: Request) =>
  request.method === 'POST' && (request.headers.get('x-payload-http-method-override') === 'GET' || request.headers.get('x-http-method-override') === 'GET')

/** The query a read override carries in its body (urlencoded), joined to the URL's own; or a refusal of its body. */
async function overrideQuery(request: Request, url: URL): Promise<URLSearchParams | Response> {
  const type = contentTypeOf(request)
  if (type === 'application/json') return jsonObjectProblem(await request.clone().text()) ?? url.searchParams
  if (type !== 'application/x-www-form-urlencoded') return url.searchParams
  const text = await request.clone().text()
  if (holdsNul(text)) return restRefusal(400, REST_MESSAGES.nul)
  return new URLSearchParams([...url.searchParams, ...new URLSearchParams(text)])
}

async function bodyProblem(request: Request): Promise<Response | null> {
  if (!WRITES.has(request.method)) return null
  const type = contentTypeOf(request)
  if (type === 'multipart/form-data') return formProblem(request)
  const text = await request.clone().text()
  if (type === '') return text.length === 0 ? null : restRefusal(415, REST_MESSAGES.mediaType)
  if (type !== 'application/json') return restRefusal(415, REST_MESSAGES.mediaType)
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) return restRefusal(413, REST_MESSAGES.tooLarge)
  return text.length === 0 ? null : jsonObjectProblem(text)
}

/**
 * Wraps one of Payload's REST route handlers so malformed requests are refused with a 4xx and a
 * Japanese message before Payload or the database read them: unknown routes and ids, NUL
 * characters, out-of-range paging, bodies that are not JSON or multipart. Anonymous callers get
 * small pages and shallow depth (REST_BOUNDS).
 */
export function guardRest(configPromise: SanitizedConfig | Promise<SanitizedConfig>, handler: RestHandler): RestHandler {
  let table: RestRouteTable | undefined
  return async (request, args) => {
    const config = await configPromise
    table ??= restRouteTable(config)
    const url = new URL(request.url)
    if (holdsNul(request.url)) return restRefusal(400, REST_MESSAGES.nul)
    const { slug = [] } = await args.params
    const override = isReadOverride(request)
    if (!isKnownRestRoute(table, override ? 'GET' : request.method, slug)) return restRefusal(404, REST_MESSAGES.notFound)
    const search = override ? await overrideQuery(request, url) : url.searchParams
    if (search instanceof Response) return search
    const refusedBody = override ? null : await bodyProblem(request)
    if (refusedBody) return refusedBody
    const caller = await callerOf(config, request.headers)
    if (caller === 'badToken') return restRefusal(401, REST_MESSAGES.badToken)
    const queryProblem = restQueryProblem(search, caller, table.queryFields.get(slug[0] ?? ''))
    if (queryProblem) return restRefusal(400, queryProblem)
    const response = await handler(request, args)
    if (response.status < 500) return response
    // Payload answers a file missing from the disk with a 500 of its own, without throwing.
    if (isFileRoute(table, slug)) return restRefusal(404, REST_MESSAGES.missingFile)
    // Whatever failed, the caller reads a Japanese sentence and nothing about the server.
    return restRefusal(response.status, REST_MESSAGES.internal)
  }
}
