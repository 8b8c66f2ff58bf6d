import { INT32_MAX } from '@oneheart/contract'
import type { Field, SanitizedConfig } from 'payload'

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
  /** Per collection, the query paths of fields `where` may compare only in some ways. */
  queryFields: Map<string, QueryFields>
}

export interface QueryFields {
  /** Relationships and uploads: they hold record ids. */
  ids: ReadonlySet<string>
  /** Dates (createdAt and updatedAt included): no text matching. */
  dates: ReadonlySet<string>
}

/** Query paths of the fields of `types` among `fields`, as `where` names them (dotted through groups, arrays, named tabs). */
function fieldPaths(fields: Field[], types: ReadonlySet<string>, prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    const named = 'name' in field && field.name ? `${prefix}${field.name}` : null
    if (types.has(field.type)) return named ? [named] : []
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => fieldPaths(tab.fields, types, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
    if (field.type === 'blocks') return named ? field.blocks.flatMap((block) => fieldPaths(block.fields, types, `${named}.`)) : []
    if ('fields' in field) return fieldPaths(field.fields, types, named ? `${named}.` : prefix)
    return []
  })
}

/** The paths as queried on the documents and on their versions (under `version.`). */
function queryPaths(fields: Field[], types: string[]): Set<string> {
  const paths = fieldPaths(fields, new Set(types))
  return new Set([...paths, ...paths.map((path) => `version.${path}`)])
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
    queryFields: new Map(
      config.collections.map((collection) => [
        collection.slug,
        { ids: queryPaths(collection.fields, ['relationship', 'upload']), dates: queryPaths(collection.fields, ['date']) },
      ]),
    ),
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
    return routes?.some((route) => matches(route, verb, rest)) ?? false
  }
  const collection = table.collections.get(first)
  if (collection) return collection.some((route) => matches(route, verb, segments.slice(1)))
  return table.root.some((route) => matches(route, verb, segments))
}

/** Whether the path asks for a stored file (/api/media/file/{name}). */
export function isFileRoute(table: RestRouteTable, segments: string[]): boolean {
  return segments.length === 3 && segments[1] === 'file' && table.uploads.has(segments[0]!)
}
