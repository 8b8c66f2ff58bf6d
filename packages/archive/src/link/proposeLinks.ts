import type { Payload } from 'payload'
import type { ProposedLink } from '../result.ts'

export interface LinkTarget {
  collection: ProposedLink['collection']
  id: number
  name: string
  /** The forms the name is written in: the name itself, 「○○地区」, its よみがな. */
  forms: string[]
}

const folded = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '')

/** Short names (南, 北) would match ordinary words: they count only with their suffix (南地区). */
const distinctive = (form: string) => [...form].length >= 2

/** The councils, districts and activities the text may name, with the forms they are written in. */
export async function loadLinkTargets(payload: Payload): Promise<LinkTarget[]> {
  const read = async (collection: 'councils' | 'districts' | 'activities') =>
    (await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true, select: { name: true, reading: true } })).docs as Array<{
      id: number
      name: string
      reading?: string | null
    }>
  const [councils, districts, activities] = await Promise.all([read('councils'), read('districts'), read('activities')])
  return [
    ...councils.map((doc) => ({ collection: 'councils' as const, id: doc.id, name: doc.name, forms: [doc.name, `${doc.name}協議体`] })),
    ...districts.map((doc) => ({
      collection: 'districts' as const,
      id: doc.id,
      name: doc.name,
      forms: [`${doc.name}地区`, ...(doc.reading ? [`${doc.reading}ちく`] : [])],
    })),
    ...activities.map((doc) => ({ collection: 'activities' as const, id: doc.id, name: doc.name, forms: [doc.name, ...(doc.reading ? [doc.reading] : [])] })),
  ].map((target) => ({ ...target, forms: target.forms.map(folded).filter(distinctive) }))
}

/** The targets an article's text names, each once, with the words that matched. */
export function proposeLinks(text: string, targets: LinkTarget[]): ProposedLink[] {
  const haystack = folded(text)
  const links: ProposedLink[] = []
  for (const target of targets) {
    const matched = target.forms.find((form) => haystack.includes(form))
    if (matched) links.push({ collection: target.collection, id: target.id, name: target.name, matched })
  }
  return links
}
