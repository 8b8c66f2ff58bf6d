import { INT32_MAX } from '../public/common.ts'

/** How much one REST read may ask for. Anonymous callers read the public site's content: small pages, shallow joins. */
export const REST_BOUNDS = {
  anonymous: { limit: { min: 1, max: 100 }, depth: 2, page: 10_000 },
  signedIn: { limit: { min: 0, max: 1000 }, depth: 10, page: INT32_MAX },
} as const

export type RestCaller = keyof typeof REST_BOUNDS

const wholeNumber = (text: string, min: number, max: number) => /^\d{1,10}$/.test(text) && Number(text) >= min && Number(text) <= max

/**
 * What is wrong with a REST query string, in Japanese, or null. `limit`, `page` and `depth` are
 * whole numbers in range (Payload would pass 1.5 or -1 on to the database; 0 and -1 mean "all"),
 * given once and not as objects (`limit[x]=`); anonymous callers cannot turn pagination off.
 */
export function restQueryProblem(search: URLSearchParams, caller: RestCaller): string | null {
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
  if (caller === 'anonymous' && search.has('pagination') && search.get('pagination') !== 'true') {
    return `ログインせずに読むときは、一度に${bounds.limit.max}件までです（pagination は使えません）。`
  }
  return null
}
