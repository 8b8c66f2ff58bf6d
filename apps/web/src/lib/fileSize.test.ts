import { describe, expect, it } from 'vitest'
import { formatFileSize } from './fileSize'

describe('formatFileSize', () => {
  it('gives bytes, kilobytes and megabytes as a phone shows them', () => {
    expect(formatFileSize(820)).toBe('820B')
    expect(formatFileSize(349_600)).toBe('350KB')
    expect(formatFileSize(1_234_567)).toBe('1.2MB')
    expect(formatFileSize(23_600_000)).toBe('24MB')
  })
})
