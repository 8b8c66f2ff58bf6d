import { describe, expect, it } from 'vitest'
import { importForm } from './importRequest.ts'

const pdf = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], '第8号.pdf', { type: 'application/pdf' })

describe('importForm', () => {
  it('sends a dry run with the file alone', () => {
    const form = importForm(pdf, { dryRun: true })
    expect([...form.keys()]).toEqual(['file', 'dryRun'])
    expect(form.get('dryRun')).toBe('true')
    expect((form.get('file') as File).name).toBe('第8号.pdf')
  })

  it('sends the corrections and the publish choice when confirming', () => {
    const articles = [{ title: '花の居場所', kind: 'activity-report' as const, page: 1, text: '【目的】…', links: [] }]
    const form = importForm(pdf, { dryRun: false, publish: true, corrections: { number: 9, issuedOn: '2025-08', title: '第9号', articles } })
    expect(form.get('dryRun')).toBe('false')
    expect(form.get('publish')).toBe('true')
    expect(form.get('number')).toBe('9')
    expect(form.get('issuedOn')).toBe('2025-08')
    expect(form.get('title')).toBe('第9号')
    expect(JSON.parse(String(form.get('articles')))).toEqual(articles)
  })

  it('leaves out what the editor left empty, so the importer keeps what it detected', () => {
    const form = importForm(pdf, { dryRun: false, publish: false, corrections: { title: '第9号' } })
    expect(form.has('number')).toBe(false)
    expect(form.has('issuedOn')).toBe(false)
    expect(form.has('articles')).toBe(false)
    expect(form.get('publish')).toBe('false')
  })
})
