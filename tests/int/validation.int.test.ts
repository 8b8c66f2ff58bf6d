import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload, unique } from '../support/payload.ts'
import { validationMessages } from '../support/refusal.ts'

/** Bad input is refused with a Japanese message and leaves nothing behind. */
describe('schema validation', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  let districtId: number
  beforeAll(async () => {
    payload = await testPayload()
    const { docs } = await payload.find({ collection: 'districts', limit: 1, depth: 0 })
    districtId = docs[0]!.id
  })

  it('refuses a session that ends before it starts', async () => {
    const slug = unique('bad-session')
    const messages = await validationMessages(
      payload.create({
        collection: 'events',
        data: {
          title: '時間が逆の催し',
          slug,
          _status: 'published',
          sessions: [{ number: 1, date: '2027-01-10', startTime: '15:00', endTime: '13:00', venue: '公民館' }],
        },
      }),
    )
    expect(messages).toContain('終了時刻は開始時刻より後にしてください。')
    expect((await payload.count({ collection: 'events', where: { slug: { equals: slug } } })).totalDocs).toBe(0)
  })

  it('refuses an unknown district and writes nothing', async () => {
    const slug = unique('ghost-district')
    const messages = await validationMessages(
      payload.create({
        collection: 'activities',
        data: { name: '幻のサロン', slug, kind: 'salon', status: 'active', district: 99_999_999, _status: 'published' },
      }),
    )
    expect(messages).toContain('指定された地区が見つかりません。一覧から選び直してください。')
    expect((await payload.count({ collection: 'activities', where: { slug: { equals: slug } } })).totalDocs).toBe(0)
  })

  it('refuses a badly written time, phone number and slug, naming each', async () => {
    const messages = await validationMessages(
      payload.create({
        collection: 'activities',
        data: {
          name: '電話番号が変な活動',
          slug: 'Not A Slug!',
          kind: 'mutual-aid',
          status: 'active',
          district: districtId,
          contact: { phone: '0273211234' },
          _status: 'published',
        },
      }),
    )
    expect(messages).toEqual(
      expect.arrayContaining([
        '「電話番号」は「027-321-1234」のように、市外局番・市内局番・番号を区切って入力してください（全角でもかまいません）。',
        'URL用の名前は半角英小文字・数字・ハイフンで入力してください（例: yawata-salon）。',
      ]),
    )
  })

  it('requires what an issue cannot do without', async () => {
    const messages = await validationMessages(payload.create({ collection: 'issues', data: { title: '' } as never }))
    expect(messages.length).toBeGreaterThanOrEqual(2)
    expect(messages.every((message) => /[ぁ-んァ-ン一-龥]/.test(message))).toBe(true)
  })

  it('refuses media without alt text', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const messages = await validationMessages(
      payload.create({ collection: 'media', data: { alt: '  ' }, file: { data: png, mimetype: 'image/png', name: 'dot.png', size: png.length } }),
    )
    expect(messages).toContain('画像の説明（代替テキスト）を入力してください。画面読み上げを使う読者のために必要です。')
  })

  it('derives session instants in Japan time and the event span', async () => {
    const event = await payload.create({
      collection: 'events',
      data: {
        title: '二回の催し',
        slug: unique('two-sessions'),
        _status: 'published',
        sessions: [
          { number: 2, date: '2027-02-03', startTime: '10:00', endTime: '11:30', venue: '福祉会館' },
          { number: 1, date: '2027-01-20', startTime: '13:30', endTime: '15:00', venue: '公民館' },
        ],
      },
    })
    expect(event.sessions[1]?.startsAt).toBe('2027-01-20T04:30:00.000Z')
    expect(event.firstSessionAt).toBe('2027-01-20T04:30:00.000Z')
    expect(event.lastSessionAt).toBe('2027-02-03T01:00:00.000Z')
  })
})
