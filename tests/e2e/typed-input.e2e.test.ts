import { TEST_ADMIN } from '@oneheart/harness/testEnv'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { cmsToken } from '../support/admin.ts'

const apps = inject('apps')

type Answer = { status: number; body: { doc?: Record<string, unknown>; errors?: { message: string; data?: { errors?: { message: string }[] } }[] } }

/**
 * The requests that once answered 500 "An unknown error occurred." through the CMS's REST API,
 * as the admin sends them (drafts included): each is read and stored, or refused with 400 and a
 * Japanese message naming the field.
 */
describe('typed dates, times and choices through the CMS REST API', () => {
  const created: string[] = []
  async function post(collection: string, data: object, draft = true): Promise<Answer> {
    const token = await cmsToken(apps.cms, TEST_ADMIN)
    const response = await fetch(`${apps.cms}/api/${collection}${draft ? '?draft=true' : ''}`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', 'accept-language': 'ja' },
      body: JSON.stringify(data),
    })
    const answer = { status: response.status, body: (await response.json()) as Answer['body'] }
    if (answer.body.doc?.id) created.push(`${collection}/${String(answer.body.doc.id)}`)
    return answer
  }
  const messages = (answer: Answer) =>
    (answer.body.errors ?? []).flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((field) => field.message)]).join(' ')
  const stamp = Date.now().toString(36)
  const number = 7000 + Math.floor(Math.random() * 900)

  afterAll(async () => {
    const token = await cmsToken(apps.cms, TEST_ADMIN)
    for (const path of created) await fetch(`${apps.cms}/api/${path}`, { method: 'DELETE', headers: { authorization: `JWT ${token}` } })
  })

  it.each([
    ['9:30', '09:30'],
    ['９：３０', '09:30'],
    ['10時半', '10:30'],
  ])('stores a session starting at %s, in a draft and published', async (typed, stored) => {
    for (const draft of [true, false]) {
      const answer = await post(
        'events',
        {
          title: `時刻 ${typed}`,
          slug: `typed-${stamp}-${created.length}`,
          _status: draft ? 'draft' : 'published',
          sessions: [{ number: 1, date: '令和8年2月16日(月)', startTime: typed, venue: '公民館' }],
        },
        draft,
      )
      expect(answer.status, messages(answer)).toBe(201)
      expect((answer.body.doc!.sessions as { startTime: string; date: string }[])[0]).toMatchObject({ startTime: stored, date: '2026-02-16' })
    }
  })

  it('stores a month-only issue date and a kind typed in Japanese in draft saves', async () => {
    const issue = await post('issues', { number, title: `第${number}号`, issuedOn: '令和7年8月号', _status: 'draft' })
    expect(issue.status, messages(issue)).toBe(201)
    expect(issue.body.doc?.issuedOn).toBe('2025-08')
    const article = await post('articles', { title: `種類を日本語で ${stamp}`, kind: '活動報告', _status: 'draft' })
    expect(article.status, messages(article)).toBe(201)
    expect(article.body.doc?.kind).toBe('activity-report')
  })

  it.each([
    ['events', { title: '朝から', sessions: [{ number: 1, date: '2026/2/16', startTime: '朝', venue: '公民館' }] }, '「開始」'],
    ['events', { title: '曜日違い', sessions: [{ number: 1, date: '令和8年2月16日(火)', venue: '公民館' }] }, '曜日が合いません'],
    ['issues', { number: 7999, title: 'いつか', issuedOn: 'そのうち' }, '「発行日」'],
    ['articles', { title: 'ニュース', kind: 'ニュース' }, '「記事の種類」'],
  ])('refuses unreadable input in %s with 400 and the field named in Japanese', async (collection, data, named) => {
    for (const draft of [true, false]) {
      const answer = await post(collection, { ...data, _status: draft ? 'draft' : 'published' }, draft)
      expect(answer.status, messages(answer)).toBe(400)
      expect(messages(answer)).toContain(named)
      expect(messages(answer)).not.toMatch(/unknown error|Error:|at \//)
    }
  })

  it('names the 号数 when it is taken', async () => {
    const answer = await post('issues', { number, title: '同じ号数', issuedOn: '2026/3/1', _status: 'draft' })
    expect(answer.status).toBe(400)
    expect(messages(answer)).toContain(`号数 ${number} はすでに`)
  })
})
