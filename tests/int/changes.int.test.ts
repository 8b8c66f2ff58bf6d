import { beforeAll, describe, expect, it } from 'vitest'
import { publicCaller, testPayload, unique } from '../support/payload.ts'

/** An outside site syncs by following changes.since from its last cursor. */
describe('changes.since', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  let api: Awaited<ReturnType<typeof publicCaller>>
  beforeAll(async () => {
    payload = await testPayload()
    api = await publicCaller()
  })

  async function syncFrom(cursor: string | null, limit = 25) {
    const changes: Awaited<ReturnType<typeof api.changes.since>>['changes'] = []
    let next = cursor
    for (;;) {
      const page = await api.changes.since({ cursor: next, limit })
      changes.push(...page.changes)
      next = page.nextCursor
      if (!page.hasMore) return { changes, cursor: next }
    }
  }

  it('gives a full sync of published records, each once, in order', async () => {
    const { changes } = await syncFrom(null)
    const issues = changes.filter((change) => change.type === 'issue')
    const published = await payload.count({ collection: 'issues', where: { _status: { equals: 'published' } } })
    expect(new Set(issues.map((change) => change.id)).size).toBe(published.totalDocs)
    const keys = changes.map((change) => `${change.type}:${change.id}:${change.at}`)
    expect(new Set(keys).size).toBe(keys.length)
    const times = changes.map((change) => change.at)
    expect(times).toEqual([...times].sort())
  })

  it('pages through every published record with small pages', async () => {
    const { changes } = await syncFrom(null, 5)
    for (const [type, collection] of [
      ['article', 'articles'],
      ['activity', 'activities'],
      ['district', 'districts'],
    ] as const) {
      const live = await payload.find({ collection, where: collection === 'districts' ? {} : { _status: { equals: 'published' } }, limit: 1000, depth: 0 })
      const synced = new Set(changes.filter((change) => change.type === type).map((change) => change.id))
      for (const doc of live.docs) expect(synced.has(doc.id), `${type} ${doc.id}`).toBe(true)
    }
  })

  it('does not report a live article as removed when a draft is saved beside it, but does when it is unpublished', async () => {
    const { cursor } = await syncFrom(null)
    const article = await payload.create({
      collection: 'articles',
      data: { title: '公開中の記事', kind: 'notice', slug: unique('live'), _status: 'published' },
    })
    await payload.update({ collection: 'articles', id: article.id, data: { title: '下書きで直し中' }, draft: true })
    let sync = await syncFrom(cursor)
    expect(sync.changes.some((change) => change.id === article.id && change.action === 'remove')).toBe(false)
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    sync = await syncFrom(sync.cursor)
    expect(sync.changes).toContainEqual(expect.objectContaining({ type: 'article', id: article.id, action: 'remove' }))
  })

  it('follows publish, unpublish and delete from the last cursor, and ignores drafts', async () => {
    const { cursor } = await syncFrom(null)
    const slug = unique('sync')
    const draftOnly = await payload.create({
      collection: 'articles',
      data: { title: '下書きのまま', kind: 'notice', slug: unique('draft-only'), _status: 'draft' },
    })
    const article = await payload.create({ collection: 'articles', data: { title: '同期される記事', kind: 'notice', slug, _status: 'published' } })
    let sync = await syncFrom(cursor)
    expect(sync.changes).toContainEqual(expect.objectContaining({ type: 'article', id: article.id, slug, action: 'upsert' }))
    expect(sync.changes.some((change) => change.id === draftOnly.id && change.type === 'article')).toBe(false)

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    sync = await syncFrom(sync.cursor)
    expect(sync.changes).toContainEqual(expect.objectContaining({ type: 'article', id: article.id, action: 'remove' }))

    const district = (await payload.find({ collection: 'districts', limit: 1, depth: 0 })).docs[0]!
    const activity = await payload.create({
      collection: 'activities',
      data: { name: '消える活動', slug: unique('gone'), kind: 'other', status: 'active', district: district.id, _status: 'published' },
    })
    await payload.delete({ collection: 'activities', id: activity.id })
    sync = await syncFrom(sync.cursor)
    const actions = sync.changes.filter((change) => change.type === 'activity' && change.id === activity.id).map((change) => change.action)
    expect(actions.at(-1)).toBe('remove')

    expect((await syncFrom(sync.cursor)).changes).toEqual([])
  })

  it('leaves no trace of a deleted draft that was never published, in any versioned collection', async () => {
    const { cursor } = await syncFrom(null)
    const district = (await payload.find({ collection: 'districts', limit: 1, depth: 0 })).docs[0]!
    const slug = unique('secret-draft')
    const drafts = [
      await payload.create({ collection: 'articles', data: { title: '出さずに消す記事', kind: 'notice', slug, _status: 'draft' } }),
      await payload.create({
        collection: 'activities',
        data: { name: '出さずに消す活動', slug: `${slug}-a`, kind: 'other', status: 'active', district: district.id, _status: 'draft' },
      }),
    ]
    await payload.update({ collection: 'articles', id: drafts[0]!.id, data: { title: '下書きを直した' }, draft: true })
    await payload.delete({ collection: 'articles', id: drafts[0]!.id })
    await payload.delete({ collection: 'activities', id: drafts[1]!.id })

    const tombstones = await payload.find({ collection: 'removals', where: { slug: { like: slug } }, depth: 0 })
    expect(tombstones.docs).toEqual([])
    const sync = await syncFrom(cursor)
    expect(JSON.stringify(sync.changes)).not.toContain(slug)
    for (const draft of drafts) expect(sync.changes.some((change) => change.id === draft.id && change.action === 'remove')).toBe(false)
  })

  it('lets anonymous callers read removals only through changes.since', async () => {
    const district = (await payload.find({ collection: 'districts', limit: 1, depth: 0 })).docs[0]!
    const slug = unique('was-live')
    const activity = await payload.create({
      collection: 'activities',
      data: { name: '公開してから消す活動', slug, kind: 'other', status: 'active', district: district.id, _status: 'published' },
    })
    await payload.delete({ collection: 'activities', id: activity.id })
    expect((await payload.find({ collection: 'removals', where: { slug: { equals: slug } }, depth: 0 })).docs).toHaveLength(1)
    await expect(payload.find({ collection: 'removals', where: { slug: { equals: slug } }, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    const { changes } = await syncFrom(null, 100)
    expect(changes).toContainEqual(expect.objectContaining({ type: 'activity', id: activity.id, slug, action: 'remove' }))
  })

  it('refuses a cursor it did not make', async () => {
    await expect(api.changes.since({ cursor: 'not-a-cursor', limit: 10 })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })
})
