import type { SanitizedConfig } from 'payload'
import { INT32_MAX } from '../public/common.ts'

/** Payload's routes whose `:id` names a record: it must be an id the database can hold. */
const RECORD_ID_ROUTES = new Set(['/:id', '/:id/duplicate', '/versions/:id', '/access/:id?', '/paste-url/:id?', '/:id/api-key/reveal'])

interface Route {
  method: string
  segments: string[]
  recordId: boolean
}

export type RestRouteTable = {
  collections: Map<string, Route[]>
  globals: Map<string, Route[]>
  root: Route[]
  /** Collections that hold files, served at /api/{slug}/file/{name}. */
  uploads: Set<string>
}

/** The routes of one collection or global. Payload lists /versions for all of them; without versions they fail with a 500. */
const routesOf = (endpoints: unknown, versioned = true): Route[] =>
  (Array.isArray(endpoints) ? endpoints : [])
    .map((endpoint: { method: string; path: string }) => ({
      method: endpoint.method.toUpperCase(),
      segments: endpoint.path.split('/').filter(Boolean),
      recordId: RECORD_ID_ROUTES.has(endpoint.path),
    }))
    .filter((route) => versioned || route.segments[0] !== 'versions')

/** Every REST route Payload serves, read from the sanitized config (collections, globals, root endpoints). */
export function restRouteTable(config: SanitizedConfig): RestRouteTable {
  return {
    collections: new Map(config.collections.map((collection) => [collection.slug, routesOf(collection.endpoints, Boolean(collection.versions))])),
    globals: new Map(config.globals.map((global) => [global.slug, routesOf(global.endpoints, Boolean(global.versions))])),
    root: routesOf(config.endpoints),
    uploads: new Set(config.collections.filter((collection) => collection.upload).map((collection) => collection.slug)),
  }
}

/** Whether text is a record id: digits only, 1 to 2³¹−1 (PostgreSQL's integer). */
export function isRecordIdText(text: string): boolean {
  return /^[1-9]\d{0,9}$/.test(text) && Number(text) <= INT32_MAX
}

function matches(route: Route, method: string, rest: string[]): boolean {
  if (route.method !== method) return false
  const pattern = route.segments
  const required = pattern.filter((segment) => !segment.endsWith('?')).length
  if (rest.length < required || rest.length > pattern.length) return false
  return pattern.every((segment, index) => {
    const value = rest[index]
    if (value === undefined) return segment.endsWith('?')
    if (!segment.startsWith(':')) return segment === value
    return !(route.recordId && segment.startsWith(':id')) || isRecordIdText(value)
  })
}

/**
 * Whether Payload has a route for this method and path (segments after /api), with any
 * record id in it well formed. Anything else is answered 404 before Payload reads it, so an
 * unknown collection (`/api/__proto__`) or an id like `abc` or 2147483648 never reaches the
 * database, where it would fail with a 500.
 */
export function isKnownRestRoute(table: RestRouteTable, method: string, segments: string[]): boolean {
  // HEAD is answered by the GET route; OPTIONS is CORS's preflight, which Payload answers for any path.
  const verb = method === 'HEAD' ? 'GET' : method
  if (verb === 'OPTIONS') return true
  const [first, second, ...rest] = segments
  if (first === undefined) return false
  if (first === 'globals') {
    const routes = second === undefined ? undefined : table.globals.get(second)
    return routes !== undefined && routes.some((route) => matches(route, verb, rest))
  }
  const collection = table.collections.get(first)
  if (collection) return collection.some((route) => matches(route, verb, segments.slice(1)))
  return table.root.some((route) => matches(route, verb, segments))
}

/** Whether the path asks for a stored file (/api/media/file/{name}). */
export function isFileRoute(table: RestRouteTable, segments: string[]): boolean {
  return segments.length === 3 && segments[1] === 'file' && table.uploads.has(segments[0]!)
}
