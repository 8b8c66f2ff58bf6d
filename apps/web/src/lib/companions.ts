import type { PublicActivity, PublicArticle, PublicEvent, PublicMeeting } from '@oneheart/contract'

/** What an article shows besides its own text: the events it announces, the meetings it sums up, the activities it names (with their districts). */
export interface Companions {
  events: PublicEvent[]
  meetings: PublicMeeting[]
  activities: PublicActivity[]
}

export const NO_COMPANIONS: Companions = { events: [], meetings: [], activities: [] }

type Reader = {
  events: { list: (input: { limit: number; ids: number[] }) => Promise<PublicEvent[]> }
  meetings: { list: (input: { limit: number; ids: number[] }) => Promise<PublicMeeting[]> }
  activities: { list: (input: { limit: number; ids: number[] }) => Promise<{ items: PublicActivity[] }> }
}

const idsOf = (articles: Pick<PublicArticle, 'events' | 'meetings' | 'activities'>[], field: 'events' | 'meetings' | 'activities') =>
  [...new Set(articles.flatMap((article) => article[field].map((ref) => ref.id)))].slice(0, 100)

/** One query per kind for all the given articles; `known` skips what the caller already read. */
export async function loadCompanions(
  reader: Reader,
  articles: Pick<PublicArticle, 'events' | 'meetings' | 'activities'>[],
  known: Partial<Companions> = {},
): Promise<Companions> {
  const [events, meetings, activities] = await Promise.all([
    known.events ?? (idsOf(articles, 'events').length ? reader.events.list({ limit: 100, ids: idsOf(articles, 'events') }) : []),
    known.meetings ?? (idsOf(articles, 'meetings').length ? reader.meetings.list({ limit: 100, ids: idsOf(articles, 'meetings') }) : []),
    known.activities ??
      (idsOf(articles, 'activities').length ? reader.activities.list({ limit: 100, ids: idsOf(articles, 'activities') }).then((page) => page.items) : []),
  ])
  return { events, meetings, activities }
}

/** The companions one article names, in the order the article names them. */
export function companionsOf(article: Pick<PublicArticle, 'events' | 'meetings' | 'activities'>, all: Companions): Companions {
  const pick = <T extends { id: number }>(refs: { id: number }[], items: T[]) =>
    refs.map((ref) => items.find((item) => item.id === ref.id)).filter((item): item is T => item !== undefined)
  return { events: pick(article.events, all.events), meetings: pick(article.meetings, all.meetings), activities: pick(article.activities, all.activities) }
}

/** The day an event begins: its earliest session. Two events of one title are told apart by it. */
export function firstSessionDate(event: Pick<PublicEvent, 'sessions'>): string | null {
  const dates = event.sessions
    .map((session) => session.date)
    .filter(Boolean)
    .sort()
  return dates[0] ?? null
}

/** 八幡地区: a district as the paper labels it. */
export const districtLabel = (name: string) => (name.endsWith('地区') ? name : `${name}地区`)
