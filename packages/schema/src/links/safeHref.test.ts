import { isSafeHref, unsafeLinksIn, withoutUnsafeLinks } from '@oneheart/contract'
import { describe, expect, it } from 'vitest'
import { textToLexical } from '../richText.ts'

describe('isSafeHref', () => {
  it('accepts web, mail and phone addresses and paths on this site', () => {
    for (const href of [
      'https://www.city.takasaki.gunma.jp/',
      'http://example.jp/a?b=c#d',
      'mailto:sc@example.jp',
      'tel:027-321-1111',
      '/issues/3',
      '#sessions',
      '?q=八幡',
      'issues/3',
      '//cdn.example.jp/x',
    ]) {
      expect(isSafeHref(href), href).toBe(true)
    }
  })

  it('refuses schemes that run code or open other things, however they are disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:image/png;base64,AAAA',
      'file:///etc/passwd',
      'ftp://example.jp/',
      'intent://scan',
      'http://[::1',
    ]) {
      expect(isSafeHref(href), JSON.stringify(href)).toBe(false)
    }
    expect(isSafeHref(undefined)).toBe(false)
  })
})

describe('unsafeLinksIn', () => {
  const withLinks = (...urls: string[]) => {
    const doc = textToLexical('本文')
    const paragraph = doc.root.children[0] as { children: unknown[] }
    for (const [index, url] of urls.entries()) {
      paragraph.children.push({ type: index % 2 ? 'autolink' : 'link', fields: { url, linkType: 'custom' }, children: [{ type: 'text', text: 'リンク' }] })
    }
    paragraph.children.push({ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'issues', value: 1 } }, children: [] })
    return doc
  }

  it('finds every unsafe link address, nested or not, and nothing else', () => {
    expect(unsafeLinksIn(withLinks('https://example.jp/', 'vbscript:x', 'tel:0273211111', 'data:text/html,x'))).toEqual(['vbscript:x', 'data:text/html,x'])
    expect(unsafeLinksIn(withLinks('/issues/1'))).toEqual([])
    expect(unsafeLinksIn(null)).toEqual([])
  })
})

describe('withoutUnsafeLinks', () => {
  it('keeps an unsafe link’s text without the link, and leaves safe links and clean documents alone', () => {
    const doc = textToLexical('本文')
    const paragraph = doc.root.children[0] as { children: unknown[] }
    paragraph.children.push({ type: 'link', fields: { url: 'vbscript:x', linkType: 'custom' }, children: [{ type: 'text', text: '押す' }] })
    paragraph.children.push({ type: 'link', fields: { url: 'https://example.jp/', linkType: 'custom' }, children: [{ type: 'text', text: '市' }] })
    const cleaned = withoutUnsafeLinks(doc)
    expect(unsafeLinksIn(cleaned)).toEqual([])
    expect(JSON.stringify(cleaned)).toContain('"text":"押す"')
    expect(JSON.stringify(cleaned)).toContain('https://example.jp/')
    expect(unsafeLinksIn(doc)).toEqual(['vbscript:x'])
    const clean = textToLexical('リンクなし')
    expect(withoutUnsafeLinks(clean)).toBe(clean)
  })
})
