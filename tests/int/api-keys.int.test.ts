import { deriveApiKey } from '@oneheart/tokens'
import { beforeAll, describe, expect, it } from 'vitest'
import { trpcHttp } from '../support/http.ts'
import { testPayload, unique } from '../support/payload.ts'

/** Editors' tools: API keys with scopes, revocation, 401/403, and writes recorded in history. */
describe('API keys and writes', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  let editorId: number
  const keys: Record<'writer' | 'reader', { id: number; key: string }> = {} as never

  async function createKey(name: string, scopes: ('read:drafts' | 'write')[]) {
    const record = await payload.create({ collection: 'api-keys', data: { name, owner: editorId, scopes } })
    return { id: record.id, key: deriveApiKey(payload.secret, record.id, record.salt!) }
  }
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` })

  beforeAll(async () => {
    payload = await testPayload()
    const editor = await payload.create({
      collection: 'users',
      data: { email: `${unique('tool-owner')}@example.jp`, password: 'tool-owner-password', name: '道具 持主', role: 'editor' },
    })
    editorId = editor.id
    keys.writer = await createKey(unique('地区マップ'), ['write', 'read:drafts'])
    keys.reader = await createKey(unique('集計スクリプト'), ['read:drafts'])
  })

  it('shows an administrator the key in the CMS, derived from the record', async () => {
    const admin = (await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1 })).docs[0]!
    const record = await payload.findByID({ collection: 'api-keys', id: keys.writer.id, overrideAccess: false, user: { ...admin, collection: 'users' } })
    expect(record.key).toBe(keys.writer.key)
    await expect(payload.find({ collection: 'api-keys', overrideAccess: false })).rejects.toThrow('このアクションは許可されていません。')
  })

  it('answers 401 without credentials and with a wrong key', async () => {
    const input = { title: '無記名の記事', kind: 'notice' }
    const none = await trpcHttp('articles.createDraft', input, { mutation: true })
    expect(none.status).toBe(401)
    const forged = await trpcHttp('articles.createDraft', input, { mutation: true, headers: bearer(`${keys.writer.key.slice(0, -1)}x`) })
    expect(forged.status).toBe(401)
    expect(forged.body.error?.message).toBe('APIキーが正しくないか、無効にされています。')
  })

  it('answers 403 to a key without the write scope', async () => {
    const answer = await trpcHttp('articles.createDraft', { title: '読むだけの鍵', kind: 'notice' }, { mutation: true, headers: bearer(keys.reader.key) })
    expect(answer.status).toBe(403)
  })

  it('writes a draft by key that the public cannot see, recorded in the version history', async () => {
    const slug = unique('by-key')
    const answer = await trpcHttp(
      'articles.createDraft',
      {
        title: 'キーで書いた八幡の記事',
        kind: 'activity-report',
        slug,
        councils: ['yawata'],
        activities: ['ibasho-yawata'],
        parts: { purpose: '道具からの投稿です。' },
      },
      { mutation: true, headers: bearer(keys.writer.key) },
    )
    expect(answer.status).toBe(200)
    const result = answer.body.result?.data as { id: number; status: string }
    expect(result.status).toBe('draft')

    expect((await trpcHttp('articles.bySlug', { slug })).status).toBe(404)
    const draft = await trpcHttp('articles.draftById', { id: result.id }, { headers: bearer(keys.reader.key) })
    expect(draft.status).toBe(200)
    expect((draft.body.result!.data as { councils: { slug: string }[] }).councils.map((c) => c.slug)).toEqual(['yawata'])

    const updated = await trpcHttp(
      'articles.updateDraft',
      { id: result.id, patch: { lead: '追記しました。' } },
      { mutation: true, headers: bearer(keys.writer.key) },
    )
    expect(updated.status).toBe(200)
    const versions = await payload.findVersions({ collection: 'articles', where: { parent: { equals: result.id } }, sort: '-updatedAt', depth: 0 })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
    for (const version of versions.docs) {
      expect(version.version.lastEditedBy).toBe(editorId)
      expect(version.version.lastEditedVia).toMatch(/^APIキー「地区マップ/)
    }
    expect(versions.docs[0]!.version.lead).toBe('追記しました。')
  })

  it('refuses bad writes with 400 and field messages, writing nothing', async () => {
    const slug = unique('bad-activity')
    const answer = await trpcHttp(
      'activities.create',
      { name: '電話番号の誤り', kind: 'salon', district: 'yawata', slug, contactPhone: '0273211234' },
      { mutation: true, headers: bearer(keys.writer.key) },
    )
    expect(answer.status).toBe(400)
    expect(answer.body.error?.data.fieldErrors?.['contact.phone']).toEqual([
      '「電話番号」は「027-321-1234」のように、市外局番・市内局番・番号を区切って入力してください（全角でもかまいません）。',
    ])
    expect((await payload.count({ collection: 'activities', where: { slug: { equals: slug } } })).totalDocs).toBe(0)

    const unknown = await trpcHttp(
      'articles.createDraft',
      { title: 'x', kind: 'notice', councils: ['atlantis'] },
      { mutation: true, headers: bearer(keys.writer.key) },
    )
    expect(unknown.status).toBe(400)
    expect(unknown.body.error?.data.fieldErrors?.councils?.[0]).toContain('atlantis')

    const backwards = await trpcHttp(
      'events.submitSession',
      { event: 'exchange-2026', session: { number: 42, date: '2027-03-01', startTime: '15:00', endTime: '14:00', venue: '公民館' } },
      { mutation: true, headers: bearer(keys.writer.key) },
    )
    expect(backwards.status).toBe(400)
    expect(JSON.stringify(backwards.body.error?.data.fieldErrors)).toContain('終了時刻は開始時刻より後にしてください。')
  })

  it('creates an activity draft in its district and council', async () => {
    const slug = unique('new-salon')
    const answer = await trpcHttp(
      'activities.create',
      { name: '新しいお茶会', kind: 'salon', district: 'yawata', slug, weekdays: ['wed'] },
      { mutation: true, headers: bearer(keys.writer.key) },
    )
    expect(answer.status).toBe(200)
    const doc = (await payload.find({ collection: 'activities', where: { slug: { equals: slug } }, draft: true, depth: 1 })).docs[0]!
    expect(typeof doc.council === 'object' && doc.council?.slug).toBe('yawata')
    expect(doc._status).toBe('draft')
  })

  it('keeps a published event published while sessions are submitted to its draft', async () => {
    const slug = unique('live-event')
    await payload.create({
      collection: 'events',
      data: {
        title: '公開中の催し',
        slug,
        _status: 'published',
        sessions: [{ number: 1, date: '2027-05-10', startTime: '10:00', endTime: '11:00', venue: '公民館' }],
      },
    })
    for (const number of [2, 3]) {
      const answer = await trpcHttp(
        'events.submitSession',
        { event: slug, session: { number, date: `2027-05-2${number}`, startTime: '10:00', endTime: '11:00', venue: '公民館' } },
        { mutation: true, headers: bearer(keys.writer.key) },
      )
      expect(answer.status).toBe(200)
    }
    const live = (await payload.find({ collection: 'events', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!
    expect(live._status).toBe('published')
    expect(live.sessions).toHaveLength(1)
    const draft = (await payload.find({ collection: 'events', where: { slug: { equals: slug } }, depth: 0, draft: true })).docs[0]!
    expect(draft.sessions?.map((session) => session.number)).toEqual([1, 2, 3])
  })

  it('refuses an unknown issue number instead of detaching the article', async () => {
    // An issue of its own, so other tests' expectations about the demo issues are untouched.
    const issueNumber = 5000 + Math.floor(Math.random() * 4000)
    await payload.create({ collection: 'issues', data: { number: issueNumber, title: 'テスト用の号', issuedOn: '2027-01-15', _status: 'draft' }, draft: true })
    const created = await trpcHttp(
      'articles.createDraft',
      { title: '号つき', kind: 'notice', issueNumber },
      { mutation: true, headers: bearer(keys.writer.key) },
    )
    const id = (created.body.result!.data as { id: number }).id
    const answer = await trpcHttp('articles.updateDraft', { id, patch: { issueNumber: 999 } }, { mutation: true, headers: bearer(keys.writer.key) })
    expect(answer.status).toBe(400)
    expect(answer.body.error?.data.fieldErrors?.issueNumber).toEqual(['第999号は見つかりません。'])
    const article = await payload.findByID({ collection: 'articles', id, depth: 1 })
    expect(typeof article.issue === 'object' && article.issue?.number).toBe(issueNumber)
  })

  it('stops a revoked key at once', async () => {
    const key = await createKey(unique('使い捨て'), ['write'])
    expect((await trpcHttp('articles.createDraft', { title: '取り消し前', kind: 'notice' }, { mutation: true, headers: bearer(key.key) })).status).toBe(200)
    await payload.update({ collection: 'api-keys', id: key.id, data: { revokedAt: new Date().toISOString() } })
    const after = await trpcHttp('articles.createDraft', { title: '取り消し後', kind: 'notice' }, { mutation: true, headers: bearer(key.key) })
    expect(after.status).toBe(401)
    expect((await trpcHttp('issues.list', { limit: 1 }, { headers: bearer(key.key) })).status).toBe(401)
  })
})
