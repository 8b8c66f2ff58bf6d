import { describe, expect, it } from 'vitest'
import { relationId, relationIds } from './relations.ts'

describe('relationship values', () => {
  it('reads ids from plain ids and populated records, single or many', () => {
    expect(relationId(7)).toBe(7)
    expect(relationId({ id: 7, name: '八幡' })).toBe(7)
    expect(relationId(null)).toBeNull()
    expect(relationIds([3, { id: 4 }, null])).toEqual([3, 4])
    expect(relationIds({ id: 5 })).toEqual([5])
    expect(relationIds(undefined)).toEqual([])
  })

  it('keeps a value that names no record as NaN, so checks against it still fail', () => {
    expect(relationIds(['not-an-id'])).toEqual([NaN])
  })
})
