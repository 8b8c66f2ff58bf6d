import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CONTRIBUTOR_MESSAGES, relationId, relationIds, type User } from '@oneheart/schema'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicCaller, testPayload, unique } from '../support/payload.ts'
import { refusal } from '../support/refusal.ts'

type AsUser = User & { collection: 'users' }

async function makeUser(payload: Payload, role: 'admin' | 'editor' | 'contributor', councils: number[] = []): Promise<AsUser> {
  const user = await payload.create({
    collection: 'users',
    data: { email: `${unique(role)}@example.jp`, password: 'correct-horse-battery', name: `${role} さん`, role, councils },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' } as AsUser
}

describe('roles: who may do what with articles and activities', () => {
  let payload: Payload
  let contributor: AsUser
  let otherContributor: AsUser
  let editor: AsUser
  let myCouncil: number
  let otherCouncil: number
  let district: number

  beforeAll(async () => {
    payload = await testPayload()
    const councils = await payload.find({ collection: 'councils', where: { layer: { equals: 2 } }, limit: 2, depth: 0, sort: 'id' })
    myCouncil = councils.docs[0]!.id
    otherCouncil = councils.docs[1]!.id
    district = (await payload.find({ collection: 'districts', limit: 1, depth: 0 })).docs[0]!.id
    contributor = await makeUser(payload, 'contributor', [myCouncil])
    otherContributor = await makeUser(payload, 'contributor', [myCouncil])
    editor = await makeUser(payload, 'editor')
  })

  const draftArticle = (user: AsUser, councils: number[], extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'articles',
      data: { title: unique('寄稿'), kind: 'activity-report', councils, _status: 'draft', ...extra } as never,
      draft: true,
      overrideAccess: false,
      user,
    })

  it('lets a contributor write, edit, submit and delete their own drafts for their councils', async () => {
    const article = await draftArticle(contributor, [myCouncil])
    expect(relationId(article.createdBy)).toBe(contributor.id)
    const edited = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { lead: '書き足しました', review: { state: 'submitted' } },
      draft: true,
      overrideAccess: false,
      user: contributor,
    })
    expect(edited.review?.state).toBe('submitted')
    expect(edited.review?.submittedAt).toBeTruthy()
    const activity = await payload.create({
      collection: 'activities',
      data: { name: unique('寄稿の活動'), kind: 'salon', district, council: myCouncil, _status: 'draft' } as never,
      draft: true,
      overrideAccess: false,
      user: contributor,
    })
    expect(relationId(activity.createdBy)).toBe(contributor.id)
    await payload.delete({ collection: 'articles', id: article.id, overrideAccess: false, user: contributor })
    expect(await payload.findByID({ collection: 'articles', id: article.id, disableErrors: true, draft: true })).toBeNull()
  })

  it('refuses a contributor councils they are not assigned, and a submission without one', async () => {
    expect((await refusal(draftArticle(contributor, [otherCouncil]))).message).toContain(CONTRIBUTOR_MESSAGES.councilNotAssigned)
    // A blank draft may wait for its council, but not once it is submitted for review.
    const blank = await draftArticle(contributor, [])
    expect(
      (
        await refusal(
          payload.update({
            collection: 'articles',
            id: blank.id,
            data: { review: { state: 'submitted' } },
            draft: true,
            overrideAccess: false,
            user: contributor,
          }),
        )
      ).message,
    ).toContain(CONTRIBUTOR_MESSAGES.councilRequired)
    const activity = payload.create({
      collection: 'activities',
      data: { name: unique('活動'), kind: 'salon', district, council: otherCouncil, _status: 'draft' } as never,
      draft: true,
      overrideAccess: false,
      user: contributor,
    })
    expect((await refusal(activity)).message).toContain(CONTRIBUTOR_MESSAGES.councilNotAssigned)
  })

  it('refuses a contributor publishing, sending back, and touching anyone else’s work', async () => {
    const publishing = payload.create({
      collection: 'articles',
      data: { title: unique('いきなり公開'), kind: 'notice', councils: [myCouncil], _status: 'published' } as never,
      overrideAccess: false,
      user: contributor,
    })
    const publish = await refusal(publishing)
    expect(publish.status).toBe(403)
    expect(publish.message).toContain(CONTRIBUTOR_MESSAGES.publish)
    const mine = await draftArticle(contributor, [myCouncil])
    expect(
      (await refusal(payload.update({ collection: 'articles', id: mine.id, data: { _status: 'published' }, overrideAccess: false, user: contributor }))).status,
    ).toBe(403)
    expect(
      (
        await refusal(
          payload.update({
            collection: 'articles',
            id: mine.id,
            data: { review: { state: 'approved' } },
            draft: true,
            overrideAccess: false,
            user: contributor,
          }),
        )
      ).message,
    ).toContain(CONTRIBUTOR_MESSAGES.reviewByEditor)

    const theirs = await draftArticle(otherContributor, [myCouncil])
    expect(
      (
        await refusal(
          payload.update({ collection: 'articles', id: theirs.id, data: { lead: '勝手に' }, draft: true, overrideAccess: false, user: contributor }),
        )
      ).status,
    ).toBe(403)
    expect((await refusal(payload.delete({ collection: 'articles', id: theirs.id, overrideAccess: false, user: contributor }))).status).toBe(403)
    const visible = await payload.find({ collection: 'articles', where: { id: { equals: theirs.id } }, draft: true, overrideAccess: false, user: contributor })
    expect(visible.totalDocs).toBe(0)
  })

  it('keeps published work and everything else with editors', async () => {
    const mine = await draftArticle(contributor, [myCouncil])
    await payload.update({ collection: 'articles', id: mine.id, data: { _status: 'published' }, overrideAccess: false, user: editor })
    expect(
      (
        await refusal(
          payload.update({ collection: 'articles', id: mine.id, data: { lead: '公開後に' }, draft: true, overrideAccess: false, user: contributor }),
        )
      ).message,
    ).toContain(CONTRIBUTOR_MESSAGES.unpublishedOnly)
    expect((await refusal(payload.delete({ collection: 'articles', id: mine.id, overrideAccess: false, user: contributor }))).status).toBe(403)
    for (const collection of ['issues', 'events', 'councils', 'meetings'] as const) {
      const attempt = payload.create({
        collection,
        data: { title: 'x', name: 'x', number: 9990, issuedOn: '2027-01-01' } as never,
        overrideAccess: false,
        user: contributor,
      })
      expect((await refusal(attempt)).status, collection).toBe(403)
    }
  })

  it('lets an editor send a draft back with a comment, never without one, and marks published work approved', async () => {
    const draft = await draftArticle(contributor, [myCouncil], { review: { state: 'submitted' } })
    const noComment = await refusal(
      payload.update({ collection: 'articles', id: draft.id, data: { review: { state: 'returned' } }, draft: true, overrideAccess: false, user: editor }),
    )
    expect(noComment.message).toContain('コメント')
    const returned = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { review: { state: 'returned', comment: '写真の説明を足してください' } },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    expect(returned.review).toMatchObject({ state: 'returned', comment: '写真の説明を足してください' })
    // A contributor cannot write the editor's comment.
    const answered = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { review: { state: 'submitted', comment: '自分で消した' } },
      draft: true,
      overrideAccess: false,
      user: contributor,
    })
    expect(answered.review).toMatchObject({ state: 'submitted', comment: '写真の説明を足してください' })
    const published = await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, overrideAccess: false, user: editor })
    expect(published.review?.state).toBe('approved')
  })

  it('refuses anonymous writes and lets contributors add photos but not change them', async () => {
    expect((await refusal(payload.create({ collection: 'articles', data: { title: 'x', kind: 'notice' } as never, overrideAccess: false }))).status).toBe(403)
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c84' } })
      .jpeg()
      .toBuffer()
    const photo = await payload.create({
      collection: 'media',
      data: { alt: '寄稿者の写真' },
      file: { data: jpeg, name: `${unique('p')}.jpg`, mimetype: 'image/jpeg', size: jpeg.length },
      overrideAccess: false,
      user: contributor,
    })
    expect((await refusal(payload.update({ collection: 'media', id: photo.id, data: { alt: '変更' }, overrideAccess: false, user: contributor }))).status).toBe(
      403,
    )
  })

  it('pre-fills an activity report’s council, district and place from the activity it names', async () => {
    const activity = await payload.create({
      collection: 'activities',
      data: { name: unique('元の活動'), kind: 'salon', district, council: myCouncil, place: '八幡公民館 和室', _status: 'published' } as never,
      overrideAccess: true,
    })
    const report = await payload.create({
      collection: 'articles',
      data: { title: unique('活動報告'), kind: 'activity-report', activities: [activity.id], _status: 'draft' } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    expect(relationIds(report.councils)).toEqual([myCouncil])
    expect(relationIds(report.districts)).toEqual([district])
    expect(report.place).toBe('八幡公民館 和室')
  })
})

describe('publishing an issue with its articles', () => {
  let payload: Payload
  const made: { issues: number[]; articles: number[] } = { issues: [], articles: [] }
  beforeAll(async () => {
    payload = await testPayload()
  })
  // Other tests count the demo issues and follow the change feed: leave no trace behind.
  afterAll(async () => {
    await payload.delete({ collection: 'articles', where: { id: { in: made.articles } } })
    await payload.delete({ collection: 'issues', where: { id: { in: made.issues } } })
    await payload.delete({ collection: 'removals', where: { recordId: { in: [...made.issues, ...made.articles] } } })
  })

  // Consecutive numbers from a random start: two issues of this file never draw the same one.
  let nextNumber = 9000 + Math.floor(Math.random() * 800)
  async function draftIssueWithArticles(badHeadcount: boolean) {
    const number = nextNumber++
    const issue = await payload.create({
      collection: 'issues',
      data: { number, title: `第${number}号`, issuedOn: '2027-04-01', _status: 'draft' } as never,
      draft: true,
    })
    const good = await payload.create({
      collection: 'articles',
      data: { title: unique('よい記事'), kind: 'notice', issue: issue.id, position: 1, _status: 'draft' } as never,
      draft: true,
    })
    // Drafts skip validation: a headcount over 500 saves as a draft, but cannot be published.
    const bad = await payload.create({
      collection: 'articles',
      data: {
        title: unique('直す記事'),
        kind: 'visit',
        issue: issue.id,
        position: 2,
        visit: { headcount: badHeadcount ? 5000 : 12 },
        _status: 'draft',
      } as never,
      draft: true,
    })
    made.issues.push(issue.id)
    made.articles.push(good.id, bad.id)
    return { number, issue, good, bad }
  }

  const isPublic = async (collection: 'issues' | 'articles', id: number) =>
    (await payload.find({ collection, where: { id: { equals: id } }, overrideAccess: false, depth: 0 })).totalDocs === 1

  it('publishes nothing when one article cannot be published, and names it', async () => {
    const { issue, good, bad } = await draftIssueWithArticles(true)
    const failure = await refusal(payload.update({ collection: 'issues', id: issue.id, data: { _status: 'published' } }))
    expect(failure.status).toBe(400)
    expect(failure.message).toContain(`記事「${bad.title}」を公開できないため`)
    expect(await isPublic('issues', issue.id)).toBe(false)
    expect(await isPublic('articles', good.id)).toBe(false)
    expect(await isPublic('articles', bad.id)).toBe(false)

    await payload.update({ collection: 'articles', id: bad.id, data: { visit: { headcount: 13 } }, draft: true })
    await payload.update({ collection: 'issues', id: issue.id, data: { _status: 'published' } })
    for (const [collection, id] of [
      ['issues', issue.id],
      ['articles', good.id],
      ['articles', bad.id],
    ] as const)
      expect(await isPublic(collection, id), `${collection} ${id}`).toBe(true)
  })

  it('publishes an issue and its articles at the scheduled time, and the site’s API shows them', async () => {
    const { number, issue, good, bad } = await draftIssueWithArticles(false)
    // Scheduled a moment ahead; the clock then moves past it. (Faking the clock instead would
    // stamp the published records in the future and confuse the change feed other tests follow.)
    const publishAt = new Date(Date.now() + 1500)
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'issues', value: issue.id } }, waitUntil: publishAt })
    await payload.jobs.run({ queue: 'default' })
    expect(await isPublic('issues', issue.id)).toBe(false)

    await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 200))
    await payload.jobs.run({ queue: 'default' })

    const api = await publicCaller()
    const shown = await api.issues.byNumber({ number })
    expect(shown.articles.map((article) => article.id).sort()).toEqual([good.id, bad.id].sort())
  })
})

describe('uploads', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  const upload = (data: Buffer, name: string, mimetype: string) =>
    payload.create({ collection: 'media', data: { alt: 'テストの画像' }, file: { data, name, mimetype, size: data.length } })

  it('refuses a .jpg that is really a script, and a file over 15 MB, with the file named', async () => {
    const script = Buffer.from('#!/bin/sh\necho "not a photo"\n')
    const refused = await refusal(upload(script, 'photo.jpg', 'image/jpeg'))
    expect(refused.status).toBe(400)
    expect(refused.message).toContain('「photo.jpg」は画像（JPEG・PNG・WebP）でもPDFでもありません')
    const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(16 * 2 ** 20)])
    const tooLarge = await refusal(upload(huge, 'big.jpg', 'image/jpeg'))
    expect(tooLarge.status).toBe(413)
    expect(tooLarge.message).toContain('「big.jpg」は16.0MBあります')
  })

  it('accepts a real photo and a PDF, makes the resized variants, and removes the GPS position from the photo', async () => {
    const withGps = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#6a9' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'TestPhone' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 19/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '139/1 0/1 0/1' },
      })
      .toBuffer()
    expect((await sharp(withGps).metadata()).exif).toBeDefined()
    const photo = await upload(withGps, `${unique('gps')}.jpg`, 'image/jpeg')
    const stored = readFileSync(path.join(process.env.MEDIA_DIR ?? '', photo.filename ?? ''))
    const metadata = await sharp(stored).metadata()
    expect(metadata.exif).toBeUndefined()
    expect(stored.includes(Buffer.from('TestPhone'))).toBe(false)
    expect(Object.keys(photo.sizes ?? {})).toEqual(expect.arrayContaining(['thumbnail', 'card', 'print']))
    expect(photo.sizes?.thumbnail?.width).toBe(320)

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\nstartxref\n9\n%%EOF\n')
    const document = await upload(pdf, `${unique('doc')}.pdf`, 'application/pdf')
    expect(document.mimeType).toBe('application/pdf')
  })
})
