import type { ArticleBlockInput } from '@oneheart/contract'
import { blocksFromInput, partBlocksFrom, textToLexical } from '@oneheart/schema'
import type { Payload } from 'payload'
import { activities } from './data/activities.ts'
import { councils } from './data/councils.ts'
import { events } from './data/events.ts'
import { issues } from './data/issues.ts'
import { meetings } from './data/meetings.ts'
import { newsletter } from './data/newsletter.ts'
import type { ArticleSeed, PictureKind, SeedBlock } from './data/types.ts'
import { drawPicture } from './pictures.ts'
import { upsert } from './upsert.ts'

export { activities, councils, events, issues, meetings }

export interface SeedOptions {
  /** Leave a database that already has issues alone (what `npm start` wants). */
  onlyIfEmpty?: boolean
  log?: (line: string) => void
}

type Ids = Map<string, number>

function idsOf(map: Ids, keys: string[] | undefined, what: string): number[] {
  return (keys ?? []).map((key) => {
    const id = map.get(key)
    if (id === undefined) throw new Error(`Demo content refers to unknown ${what} "${key}"`)
    return id
  })
}

async function picture(payload: Payload, kind: PictureKind, seed: number, alt: string): Promise<number> {
  const filename = `demo-${kind}-${seed}.jpg`
  const existing = await payload.find({ collection: 'media', where: { filename: { equals: filename } }, limit: 1, depth: 0 })
  if (existing.docs[0]) return existing.docs[0].id
  const data = await drawPicture(kind, seed)
  const created = await payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
    depth: 0,
  })
  return created.id
}

/** An article's body as blocks: its own, or its parts then its body paragraphs; figures get their pictures drawn. */
async function blocksOfArticle(payload: Payload, article: ArticleSeed, nextSeed: () => number) {
  const typed: ArticleBlockInput[] = []
  const source: SeedBlock[] = article.blocks ?? [
    ...partBlocksFrom(article.parts ?? {}),
    ...(article.body ? [{ type: 'text' as const, text: article.body.join('\n\n') }] : []),
  ]
  for (const block of source) {
    if (block.type !== 'figure') typed.push(block)
    else
      typed.push({
        type: 'figure',
        image: await picture(payload, block.picture, nextSeed(), block.alt),
        caption: block.caption,
        longDescription: block.longDescription,
      })
  }
  return blocksFromInput(typed)
}

/** Writes the demo content. Returns false when it left a non-empty database alone. */
export async function seedDemoContent(payload: Payload, options: SeedOptions = {}): Promise<boolean> {
  const log = options.log ?? (() => {})
  if (options.onlyIfEmpty) {
    const { totalDocs } = await payload.count({ collection: 'issues', overrideAccess: true })
    if (totalDocs > 0) return false
  }

  await payload.updateGlobal({ slug: 'newsletter', data: newsletter, context: { disableRevalidate: true } })

  const councilIds: Ids = new Map()
  const districtIds: Ids = new Map()
  for (const [order, council] of councils.entries()) {
    const { districts, ...fields } = council
    councilIds.set(council.slug, await upsert(payload, 'councils', { slug: { equals: council.slug } }, { ...fields, order }))
    for (const district of districts) {
      const id = await upsert(payload, 'districts', { slug: { equals: district.slug } }, { ...district, council: councilIds.get(council.slug) })
      districtIds.set(district.slug, id)
    }
  }
  log(`councils ${councilIds.size}, districts ${districtIds.size}`)

  const councilOfDistrict = new Map(councils.flatMap((c) => c.districts.map((d) => [d.slug, c.slug] as const)))
  const activityIds: Ids = new Map()
  for (const [index, activity] of activities.entries()) {
    const { district, picture: kind, frequency, weekdays, scheduleDetail, contactName, contactPhone, ...fields } = activity
    const photo = await picture(payload, kind, 1000 + index, `${activity.name}の様子（イメージ）`)
    const id = await upsert(
      payload,
      'activities',
      { slug: { equals: activity.slug } },
      {
        ...fields,
        district: idsOf(districtIds, [district], 'district')[0],
        council: councilIds.get(councilOfDistrict.get(district) ?? ''),
        schedule: { frequency, weekdays, detail: scheduleDetail },
        contact: { name: contactName, phone: contactPhone },
        photo,
      },
    )
    activityIds.set(activity.slug, id)
  }
  log(`activities ${activityIds.size}`)

  const eventIds: Ids = new Map()
  for (const event of events) {
    const sessions = event.sessions.map((session) => ({ ...session, invitedCouncils: idsOf(councilIds, session.invitedCouncils, 'council') }))
    eventIds.set(event.slug, await upsert(payload, 'events', { slug: { equals: event.slug } }, { ...event, sessions }))
  }

  const meetingIds: Ids = new Map()
  for (const { key, ...meeting } of meetings) {
    meetingIds.set(key, await upsert(payload, 'meetings', { title: { equals: meeting.title }, heldOn: { equals: meeting.heldOn } }, meeting))
  }
  log(`events ${eventIds.size}, meetings ${meetingIds.size}`)

  let photoSeed = 2000
  for (const issue of issues) {
    const { articles, published, requestBox, ...fields } = issue
    const cover = await picture(payload, 'flowers', issue.number, `第${issue.number}号の表紙の写真（イメージ）`)
    const issueId = await upsert(
      payload,
      'issues',
      { number: { equals: issue.number } },
      { ...fields, cover, requestBox: requestBox ? textToLexical(requestBox) : null },
      { publish: published },
    )
    for (const [index, article] of articles.entries()) {
      const photos = []
      for (const photo of article.photos ?? []) {
        photos.push({ image: await picture(payload, photo.picture, photoSeed++, photo.alt), caption: photo.caption })
      }
      await upsert(
        payload,
        'articles',
        { slug: { equals: article.slug } },
        {
          slug: article.slug,
          title: article.title,
          kind: article.kind,
          lead: article.lead,
          place: article.place,
          blocks: await blocksOfArticle(payload, article, () => photoSeed++),
          visit: article.visit,
          photos,
          issue: issueId,
          position: index + 1,
          councils: idsOf(councilIds, article.councils, 'council'),
          districts: idsOf(districtIds, article.districts, 'district'),
          activities: idsOf(activityIds, article.activities, 'activity'),
          events: idsOf(eventIds, article.events, 'event'),
          meetings: idsOf(meetingIds, article.meetings, 'meeting'),
          // 公開日 comes from the issue's date (the articles collection's own default).
        },
        { publish: published },
      )
    }
  }
  log(`issues ${issues.length}, articles ${issues.reduce((sum, issue) => sum + issue.articles.length, 0)}`)
  return true
}

/** The demo administrator; created once, never outside demo mode. */
export async function ensureDemoAdmin(payload: Payload, login: { email: string; password: string }): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: login.email } }, overrideAccess: true })
  if (totalDocs > 0) return
  await payload.create({
    collection: 'users',
    data: { email: login.email, password: login.password, name: 'デモ管理者', role: 'admin' },
    overrideAccess: true,
  })
}
