import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { appRouter } from './root.ts'

/** docs/api.md must list exactly the router's procedures, so the document cannot drift. */
describe('docs/api.md', () => {
  it('lists every procedure and no other', () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/api.md'), 'utf8')
    const documented = [...doc.matchAll(/^\| `([a-z]+\.[a-zA-Z]+)` \|/gm)].map((match) => match[1]).sort()
    const procedures = Object.keys(appRouter._def.procedures).sort()
    expect(documented).toEqual(procedures)
  })
})
