import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RichText } from './RichText.tsx'

function documentWithLink(url: string, type: 'link' | 'autolink' = 'link') {
  const text = (value: string) => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
  const link = { type, version: 1, fields: { url, linkType: 'custom', newTab: false }, children: [text('ここを押す')], direction: 'ltr', format: '', indent: 0 }
  const paragraph = { type: 'paragraph', version: 1, children: [text('詳しくは'), link], direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '' }
  return { root: { type: 'root', version: 1, children: [paragraph], direction: 'ltr', format: '', indent: 0 } }
}

describe('RichText links (shared by the site and print)', () => {
  it('links web, mail, phone and site addresses', () => {
    for (const url of ['https://www.city.takasaki.gunma.jp/', 'mailto:sc@example.jp', 'tel:027-321-1111', '/issues/3']) {
      expect(renderToStaticMarkup(<RichText data={documentWithLink(url)} />)).toContain(`href="${url}"`)
    }
  })

  it('shows only the text of a link to javascript:, vbscript: or data:', () => {
    for (const url of ['javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', ' java\tscript:alert(1)']) {
      for (const type of ['link', 'autolink'] as const) {
        const html = renderToStaticMarkup(<RichText data={documentWithLink(url, type)} renderText={(value) => value} />)
        expect(html, url).toContain('ここを押す')
        expect(html, url).not.toContain('href')
        expect(html, url).not.toMatch(/script:|data:/)
      }
    }
  })
})
