import { describe, expect, it } from 'vitest'
import { formatHeadcount } from './counts.ts'

describe('formatHeadcount', () => {
  it('gives the visitors, and the staff who came with them apart', () => {
    expect(formatHeadcount(8, null)).toBe('8名')
    expect(formatHeadcount(11, 2)).toBe('11名（ほかに同行の職員2名）')
    expect(formatHeadcount(null, null)).toBe('')
  })
})
