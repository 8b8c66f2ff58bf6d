import { INT32_MAX } from '@oneheart/contract'
import type { QueryFields } from './routes.ts'

/** How much one REST read may ask for. Anonymous callers read the public site's content: small pages, shallow joins. */
export const REST_BOUNDS = {
  anonymous: { limit: { min: 1, max: 100 }, depth: 2, page: 10_000 },
  signedIn: { limit: { min: 0, max: 1000 }, depth: 10, page: INT32_MAX },
} as const

export type RestCaller = keyof typeof REST_BOUNDS

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'like',
  'not_like',
  'contains',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
])
/** What an id can be compared with; Payload passes others (near, like…) to the database adapter, which fails with a 500. */
const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'exists'])
/**
 * Operators that only fail here: the PostgreSQL adapter has no `all`, and the map operators need
 * point fields, which no collection has. Payload hands them to the adapter anyway (a 500).
 */
const UNSUPPORTED_OPERATORS = new Set(['all', 'near', 'within', 'intersects'])

/** Text matching: on a date column the adapter writes broken SQL or PostgreSQL has no such operator. */
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])

const int32Text = (text: string) => /^-?\d{1,10}$/.test(text) && Math.abs(Number(text)) <= INT32_MAX

/**
 * What is wrong with one `where[…]` condition, or null: an id (or a relationship, which holds
 * ids) compared by an operator ids do not have, or with something that is not a whole number in
 * the database's range.
 */
function whereProblem(key: string, value: string, fields: QueryFields): string | null {
  const segments = [...key.slice('where'.length).matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]!)
  const at = segments.findIndex((segment) => OPERATORS.has(segment))
  if (at < 1) return null
  const operator = segments[at]!
  const field = segments[at - 1]!
  if (UNSUPPORTED_OPERATORS.has(operator)) return `${operator} はここでは使えません。`
  if (fields.dates.has(field) && TEXT_OPERATORS.has(operator)) return `日付の ${field} には ${operator} は使えません。`
  if (field !== 'id' && !field.endsWith('.id') && !fields.ids.has(field)) return null
  if (!ID_OPERATORS.has(operator)) return `${field} には ${operator} は使えません。`
  if (operator === 'exists') return null
  const values = operator === 'in' || operator === 'not_in' ? value.split(',') : [value]
  // Empty and "null" are Payload's own ways to ask for no relation; it reads them itself.
  return values.every((text) => text === '' || text === 'null' || int32Text(text)) ? null : `${field} は記録の番号（整数）で指定してください。`
}

const NO_FIELDS: QueryFields = { ids: new Set(), dates: new Set() }

const wholeNumber = (text: string, min: number, max: number) => /^\d{1,10}$/.test(text) && Number(text) >= min && Number(text) <= max

/**
 * What is wrong with a REST query string, in Japanese, or null. `limit`, `page` and `depth` are
 * whole numbers in range (Payload would pass 1.5 or -1 on to the database; 0 and -1 mean "all"),
 * given once and not as objects (`limit[x]=`); anonymous callers cannot turn pagination off.
 */
export function restQueryProblem(search: URLSearchParams, caller: RestCaller, fields: QueryFields = NO_FIELDS): string | null {
  const bounds = REST_BOUNDS[caller]
  const rules = {
    limit: [bounds.limit.min, bounds.limit.max],
    page: [1, bounds.page],
    depth: [0, bounds.depth],
  } as const
  for (const key of search.keys()) {
    const name = key.replace(/\[.*$/, '')
    if (name in rules && key !== name) return `${name} は数で指定してください。`
  }
  for (const [name, [min, max]] of Object.entries(rules)) {
    const values = search.getAll(name)
    if (values.length > 1) return `${name} は一度だけ指定してください。`
    const value = values[0]
    if (value !== undefined && !wholeNumber(value, min, max)) return `${name} は ${min} から ${max} までの整数で指定してください。`
  }
  for (const [key, value] of search) {
    const problem = key.startsWith('where[') ? whereProblem(key, value, fields) : null
    if (problem) return problem
  }
  if (caller === 'anonymous' && search.has('pagination') && search.get('pagination') !== 'true') {
    return `ログインせずに読むときは、一度に${bounds.limit.max}件までです（pagination は使えません）。`
  }
  return null
}
