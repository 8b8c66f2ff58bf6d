import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload, unique } from '../support/payload.ts'

/** Anonymous readers see published content only; staff see drafts too. */
describe('access', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  let draftSlug: string
  beforeAll(async () => {
    payload = await testPayload()
    draftSlug = unique('draft-article')
    await payload.create({ collection: 'articles', data: { title: '下書きの記事', kind: 'notice', slug: draftSlug, _status: 'draft' }, draft: true })
  })

  it('hides a draft article from anonymous readers', async () => {
    const anonymous = await payload.find({ collection: 'articles', where: { slug: { equals: draftSlug } }, overrideAccess: false })
    expect(anonymous.totalDocs).toBe(0)
    const everything = await payload.find({ collection: 'articles', where: { slug: { equals: draftSlug } }, draft: true })
    expect(everything.totalDocs).toBe(1)
  })

  it('shows anonymous readers no unpublished issue', async () => {
    const anonymous = await payload.find({ collection: 'issues', overrideAccess: false, limit: 100, depth: 0 })
    expect(anonymous.docs.length).toBeGreaterThan(0)
    expect(anonymous.docs.every((issue) => issue._status === 'published')).toBe(true)
    const all = await payload.find({ collection: 'issues', limit: 100, depth: 0, draft: true })
    expect(all.docs.some((issue) => issue._status === 'draft')).toBe(true)
  })

  it('lets editors read drafts and refuses anonymous writes', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: `${unique('editor')}@example.jp`, password: 'correct-horse-battery', name: '編集 花子', role: 'editor' },
    })
    const asEditor = await payload.find({
      collection: 'articles',
      where: { slug: { equals: draftSlug } },
      overrideAccess: false,
      user: { ...editor, collection: 'users' },
      draft: true,
    })
    expect(asEditor.totalDocs).toBe(1)
    await expect(payload.create({ collection: 'articles', data: { title: '勝手な記事', kind: 'notice' }, overrideAccess: false })).rejects.toThrow()
  })

  it('does not let an editor make themselves an administrator', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: `${unique('climber')}@example.jp`, password: 'correct-horse-battery', name: '編集 次郎', role: 'editor' },
    })
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'admin' },
      overrideAccess: false,
      user: { ...editor, collection: 'users' },
    })
    expect(updated.role).toBe('editor')
  })
})
