import { textToLexical } from '@oneheart/schema'
import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'
import { publicCaller, testPayload, unique } from '../support/payload.ts'
import { validationMessages } from '../support/refusal.ts'

/** Rich text may only link to web pages, mail, phone numbers and this site (issue 16, item 8). */
describe('link schemes in rich text', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  beforeAll(async () => {
    payload = await testPayload()
  })

  function bodyLinkingTo(url: string, type: 'link' | 'autolink' = 'link') {
    const body = textToLexical('詳しくはこちら')
    const paragraph = body.root.children[0] as unknown as { children: unknown[] }
    paragraph.children.push({
      type,
      version: 1,
      fields: { url, linkType: 'custom', newTab: false },
      children: [{ type: 'text', text: '市のページ', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      direction: 'ltr',
      format: '',
      indent: 0,
    })
    return body
  }

  const article = (slug: string, url: string, status: 'draft' | 'published', type: 'link' | 'autolink' = 'link') => ({
    title: 'リンクのある記事',
    kind: 'notice' as const,
    slug,
    _status: status,
    blocks: [{ blockType: 'text' as const, body: bodyLinkingTo(url, type) as never }],
  })

  it('refuses vbscript:, data: and javascript: links in an article, published or draft, and stores nothing', async () => {
    for (const [url, status, type] of [
      ['vbscript:msgbox(1)', 'published', 'link'],
      ['data:text/html,<script>alert(1)</script>', 'draft', 'link'],
      ['java\nscript:alert(1)', 'draft', 'autolink'],
    ] as const) {
      const slug = unique('bad-link')
      const messages = await validationMessages(payload.create({ collection: 'articles', data: article(slug, url, status, type), draft: status === 'draft' }))
      expect(messages.join(' '), url).toMatch(/リンク先「.*」は使えません。http:\/\/ か https:\/\//s)
      expect((await payload.count({ collection: 'articles', where: { slug: { equals: slug } } })).totalDocs).toBe(0)
    }
  })

  it('refuses an unsafe link added by an autosave to an existing draft', async () => {
    const created = await payload.create({ collection: 'articles', data: article(unique('autosave-link'), 'https://example.jp/', 'draft'), draft: true })
    await validationMessages(
      payload.update({
        collection: 'articles',
        id: created.id,
        data: { blocks: [{ blockType: 'text', body: bodyLinkingTo('vbscript:x') as never }] },
        draft: true,
        autosave: true,
      }),
    )
    const stored = await payload.findByID({ collection: 'articles', id: created.id, draft: true, depth: 0 })
    expect(JSON.stringify(stored.blocks)).not.toContain('vbscript')
  })

  it('refuses one in a box and in an issue’s request box', async () => {
    await validationMessages(
      payload.create({
        collection: 'articles',
        data: {
          title: '囲みのある記事',
          kind: 'notice',
          slug: unique('box-link'),
          _status: 'published',
          blocks: [{ blockType: 'box', title: 'お願い', tone: 'request', body: bodyLinkingTo('vbscript:x') as never }],
        },
      }),
    )
    const issue = (await payload.find({ collection: 'issues', limit: 1, depth: 0, draft: true })).docs[0]!
    await validationMessages(
      payload.update({ collection: 'issues', id: issue.id, data: { requestBox: bodyLinkingTo('data:text/html,x') as never }, draft: true }),
    )
  })

  it('never hands a client a link stored before the check: the API gives its text only', async () => {
    const slug = unique('old-link')
    const created = await payload.create({ collection: 'articles', data: article(slug, 'https://example.jp/old-link-marker', 'published') })
    // As if saved by an older version that did not check links.
    const drizzle = (payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }).drizzle
    await drizzle.execute(
      sql`update articles_blocks_text set body = replace(body::text, 'https://example.jp/old-link-marker', 'vbscript:msgbox(1)')::jsonb where _parent_id = ${created.id}`,
    )
    const shown = await (await publicCaller()).articles.bySlug({ slug })
    const json = JSON.stringify(shown)
    expect(json).not.toContain('vbscript')
    expect(json).toContain('市のページ')
    await payload.delete({ collection: 'articles', id: created.id })
  })

  it('accepts http, https, mailto, tel and relative links', async () => {
    for (const url of ['https://www.city.takasaki.gunma.jp/', 'http://example.jp/', 'mailto:sc@example.jp', 'tel:027-321-1111', '/issues/1', '#sessions']) {
      const created = await payload.create({ collection: 'articles', data: article(unique('good-link'), url, 'published') })
      expect(JSON.stringify(created.blocks), url).toContain(JSON.stringify(url).slice(1, -1))
      await payload.delete({ collection: 'articles', id: created.id })
    }
  })
})
