import { describe, expect, it } from 'vitest'
import { scriptsAfterFirstPaint } from './scriptsAfterFirstPaint.ts'

// The head and the end of a page as Next 16 writes it (shortened).
const page = [
  '<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/>',
  '<link rel="preload" href="/api/media/file/flowers.jpg" as="image"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<script src="/_next/static/chunks/react-dom.js" async=""></script>',
  '<script src="/_next/static/chunks/main-app.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '</head><body><main>本文</main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script src="/_next/static/chunks/webpack.js" async=""></script>',
  '</body></html>',
].join('')

describe("Next's scripts after the first paint", () => {
  const finished = scriptsAfterFirstPaint(page)

  it('takes every async script of Next and its preload out of the page', () => {
    expect(finished).not.toMatch(/<script src="\/_next\/static\/chunks\/(react-dom|main-app|webpack)\.js"/)
    expect(finished).not.toContain('<link rel="preload" as="script"')
  })

  it('adds them, in their order, from one script at the end of the body that waits for the first paint', () => {
    const loader = /<script>(\(function\(\)\{[\s\S]*?)<\/script><\/body>/.exec(finished)?.[1]
    expect(loader).toBeDefined()
    expect(loader).toContain('afterFirstPaint(')
    expect(loader).toContain('["/_next/static/chunks/react-dom.js","/_next/static/chunks/main-app.js","/_next/static/chunks/webpack.js"]')
    // It is valid JavaScript.
    expect(() => new Function(loader!)).not.toThrow()
  })

  it('leaves everything else as it was: stylesheets, image preloads, the page data, the old browsers’ polyfills', () => {
    for (const kept of [
      '<link rel="preload" href="/api/media/file/flowers.jpg" as="image"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<main>本文</main>',
    ])
      expect(finished).toContain(kept)
  })

  it('leaves a page without such scripts, or without a body end, untouched', () => {
    const plain = '<!DOCTYPE html><html><body><p>JavaScriptなし</p></body></html>'
    expect(scriptsAfterFirstPaint(plain)).toBe(plain)
    const cut = page.replace('</body></html>', '')
    expect(scriptsAfterFirstPaint(cut)).toBe(cut)
  })
})
