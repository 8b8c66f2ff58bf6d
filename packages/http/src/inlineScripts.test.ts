import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { inlineScriptHashes, withScriptHashes } from './inlineScripts.ts'
import { siteContentSecurityPolicy } from './securityHeaders.ts'

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`

describe('inline script hashes', () => {
  const page = [
    '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script></head><body>',
    '<p>ワンハート &lt;script&gt;alert(1)&lt;/script&gt;</p>',
    '<script>self.__next_f.push([1,"見守り \\u003cb\\u003e"])</script>',
    '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    '<SCRIPT id="x" >self.__next_f.push([0])</SCRIPT >',
    '<script></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '</body></html>',
  ].join('')

  it('hashes each inline script once, in order, and skips external and empty ones', () => {
    expect(inlineScriptHashes(page)).toEqual([
      hashOf('(self.__next_f=self.__next_f||[]).push([0])'),
      hashOf('self.__next_f.push([1,"見守り \\u003cb\\u003e"])'),
      hashOf('{"@type":"NewsArticle"}'),
      hashOf('self.__next_f.push([0])'),
    ])
  })

  it('does not take escaped text for a script', () => {
    expect(inlineScriptHashes('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toEqual([])
  })

  it('adds the hashes to script-src only', () => {
    const policy = withScriptHashes(siteContentSecurityPolicy(), [hashOf('a'), hashOf('b')])
    const scriptSrc = policy.split('; ').find((part) => part.startsWith('script-src '))!
    expect(scriptSrc).toBe(`script-src 'self' ${hashOf('a')} ${hashOf('b')}`)
    expect(policy.replace(` ${hashOf('a')} ${hashOf('b')}`, '')).toBe(siteContentSecurityPolicy())
    expect(withScriptHashes(siteContentSecurityPolicy(), [])).toBe(siteContentSecurityPolicy())
  })
})
