import type { ActivityKind, ArticleKind, MeetingKind, StoryPartName, Weekday } from '@oneheart/schema'

/** Demo content is written as plain data; the seeder turns it into records. Dates are YYYY-MM-DD (Japan). */

export interface DistrictSeed {
  slug: string
  name: string
  reading: string
}

export interface CouncilSeed {
  slug: string
  name: string
  reading: string
  layer: '1' | '2'
  exchangeGroup?: number
  description: string
  districts: DistrictSeed[]
}

export interface ActivitySeed {
  slug: string
  name: string
  reading: string
  kind: ActivityKind
  /** District slug. */
  district: string
  neighbourhood?: string
  place: string
  frequency: string
  weekdays: Weekday[]
  scheduleDetail: string
  fee?: string
  organiser: string
  contactName?: string
  contactPhone?: string
  startedOn?: string
  summary: string
  history: string
  /** Picture drawn for it by the seeder. */
  picture: PictureKind
}

export type PictureKind = 'flowers' | 'tea' | 'houses' | 'field' | 'shop' | 'walk' | 'meeting' | 'hands'

export interface ArticleSeed {
  slug: string
  title: string
  kind: ArticleKind
  lead?: string
  parts?: Partial<Record<StoryPartName, string>>
  /** Body paragraphs (rich text in the CMS). */
  body?: string[]
  visit?: { visitors: string; headcount: number; visitedOn: string }
  photos?: { picture: PictureKind; caption: string; alt: string }[]
  councils?: string[]
  districts?: string[]
  activities?: string[]
  /** Event slugs. */
  events?: string[]
  /** Meeting keys (see MeetingSeed.key). */
  meetings?: string[]
}

export interface IssueSeed {
  number: number
  title: string
  issuedOn: string
  greeting: string
  plannedPages: '2' | '4'
  /** Unpublished issues stay drafts, so the demo shows both states. */
  published: boolean
  articles: ArticleSeed[]
}

export interface EventSeed {
  slug: string
  title: string
  purpose: string
  theme: string
  capacityPerCouncil?: number
  contact: string
  sessions: {
    number: number
    date: string
    startTime: string
    endTime: string
    venue: string
    /** Council slugs. */
    invitedCouncils: string[]
    note?: string
  }[]
}

export interface MeetingSeed {
  key: string
  title: string
  heldOn: string
  kind: MeetingKind
  items: { topic: string; outcome: string; group?: 'awareness' | 'planning' | 'activity-support' }[]
}
