import type { Metadata } from 'next'
import { cache } from 'react'
import { IssueView } from '~/components/IssueView'
import { NotFoundPage } from '~/components/NotFoundPage'
import { api } from '~/lib/api'
import { loadCompanions } from '~/lib/companions'
import { NOT_FOUND_METADATA, orNull } from '~/lib/notFound'
import { parseLook } from '~/lib/preferences'

// Rendered on first request, then cached until content changes (see the root layout).
export function generateStaticParams() {
  return []
}

// One read per render: the metadata and the page share it. Digits only, so "4.0" or "1e3"
// name no issue. The page shows the whole issue, as the paper does: the edition's content.
const load = cache(async (number: string) => (/^\d{1,4}$/.test(number) ? orNull((await api()).editions.issue({ number: Number(number) })) : null))

/** Each issue shares with its own cover picture. */
export async function generateMetadata({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> {
  const issue = (await load((await params).number))?.issue
  if (!issue) return NOT_FOUND_METADATA
  const description = issue.greeting ?? undefined
  const images = issue.cover ? [{ url: issue.cover.url, alt: issue.cover.alt }] : undefined
  return {
    title: issue.title,
    description,
    openGraph: { type: 'article', title: issue.title, description, images },
    twitter: { card: images ? 'summary_large_image' : 'summary', title: issue.title, description },
  }
}

export default async function IssuePage({ params }: { params: Promise<{ look: string; number: string }> }) {
  const { look, number } = await params
  const edition = await load(number)
  if (!edition) return <NotFoundPage />
  const { activities } = await loadCompanions(await api(), edition.articles, { events: edition.events, meetings: edition.meetings })
  return <IssueView edition={edition} activities={activities} on={parseLook(look)?.furigana === 'on'} />
}
