import type { ActivityKind, ArticleBlockInput, ArticleKind, MeetingKind, StoryPartName, Weekday } from '@oneheart/contract'

/**
 * Demo content is written as plain data; the seeder turns it into records. Dates are YYYY-MM-DD
 * (Japan), or YYYY-MM where the newsletter gives only a month; the CMS also reads typed forms.
 */

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

export type SeedBlock =
  | Exclude<ArticleBlockInput, { type: 'figure' }>
  | { type: 'figure'; picture: PictureKind; alt: string; caption?: string; longDescription?: string }

export type PictureKind = 'flowers' | 'tea' | 'houses' | 'field' | 'shop' | 'walk' | 'meeting' | 'hands'

export interface ArticleSeed {
  slug: string
  title: string
  kind: ArticleKind
  lead?: string
  /** The body as blocks, in printed order; a figure names a picture the seeder draws. */
  blocks?: SeedBlock[]
  /** Shorthand for simple stories: labelled parts, then `body`, become blocks in that order. */
  parts?: Partial<Record<StoryPartName, string>>
  /** Body paragraphs (rich text in the CMS). */
  body?: string[]
  visit?: { visitors: string; headcount: number; staffCount?: number; visitedOn: string }
  place?: string
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
  /** This issue's wording of the coordinators' request box, paragraphs with **bold** phrases; none means the settings'. */
  requestBox?: string[]
  /** Print the explainer of the three layers in this issue. */
  showLayers?: boolean
  /** Unpublished issues stay drafts, so the demo shows both states. */
  published: boolean
  articles: ArticleSeed[]
}

export interface EventSeed {
  slug: string
  title: string
  purpose: string
  theme: string
  capacity?: number
  capacityScope?: 'per-council' | 'total'
  contact: string
  sessions: {
    number: number
    date: string
    startTime?: string
    endTime?: string
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
  /** An outcome may run to several → lines (one a line), or be absent. */
  items: { topic: string; outcome?: string; group?: 'awareness' | 'planning' | 'activity-support' }[]
}
