import { createPayloadConfig } from '@oneheart/schema/config'
import { guardRest } from '@oneheart/schema/rest-guard'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

const config = createPayloadConfig()
// The CMS's own route handlers (apps/cms/src/app/(payload)/api/[...slug]/route.ts), built the same way.
const handlers = {
  GET: guardRest(config, REST_GET(config)),
  POST: guardRest(config, REST_POST(config)),
  PATCH: guardRest(config, REST_PATCH(config)),
  PUT: guardRest(config, REST_PUT(config)),
  DELETE: guardRest(config, REST_DELETE(config)),
}

export interface RestAnswer {
  status: number
  text: string
  json: () => { errors?: { message: string }[]; docs?: unknown[]; totalDocs?: number; [key: string]: unknown }
}

/** One Payload REST request through the CMS's guarded handlers, in-process; `path` is after /api (e.g. "articles?limit=1"). */
export async function rest(method: keyof typeof handlers, path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}): Promise<RestAnswer> {
  const url = new URL(`http://localhost:3000/api/${path}`)
  // As Next hands them over: the path's segments, each percent-decoded.
  const slug = url.pathname
    .split('/')
    .slice(2)
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
  const request = new Request(url, { method, body: init.body, headers: init.headers })
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  return { status: response.status, text, json: () => JSON.parse(text) }
}
