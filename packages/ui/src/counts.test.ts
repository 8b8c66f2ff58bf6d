import { describe, expect, it } from 'vitest'
import { formatCapacity, formatHeadcount } from './counts.ts'

describe('formatHeadcount', () => {
  it('gives the visitors, and the staff who came with them apart', () => {
    expect(formatHeadcount(8, null)).toBe('8名')
    expect(formatHeadcount(11, 2)).toBe('11名（ほかに同行の職員2名）')
    expect(formatHeadcount(null, null)).toBe('')
  })
})

describe('formatCapacity', () => {
  it('counts per council only when the event says so', () => {
    expect(formatCapacity({ count: 6, per: 'per-council' })).toBe('各協議体 6名まで')
    expect(formatCapacity({ count: 20, per: 'total' })).toBe('20名まで')
    expect(formatCapacity(null)).toBe('')
  })
})
