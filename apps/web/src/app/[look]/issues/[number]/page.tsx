import type { Metadata } from 'next'
import { IssueView } from '~/components/IssueView'
import { NotFoundPage } from '~/components/NotFoundPage'
import { api } from '~/lib/api'
import { loadCompanions } from '~/lib/companions'
import { parseLook } from '~/lib/preferences'
import { recordPage } from '~/lib/recordPage'

// The page shows the whole issue, as the paper does: the edition's content. Digits only, so
// "4.0" or "1e3" name no issue. Each issue shares with its own cover picture.
const page = recordPage(
  (number) => (/^\d{1,4}$/.test(number) ? api().then((client) => client.editions.issue({ number: Number(number) })) : null),
  ({ issue }) => {
    const description = issue.greeting ?? undefined
    const images = issue.cover ? [{ url: issue.cover.url, alt: issue.cover.alt }] : undefined
    return {
      title: issue.title,
      description,
      openGraph: { type: 'article', title: issue.title, description, images },
      twitter: { card: images ? 'summary_large_image' : 'summary', title: issue.title, description },
    }
  },
)
export const generateStaticParams = page.generateStaticParams

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> {
  return page.metadataOf((await params).number)
}

export default async function IssuePage({ params }: { params: Promise<{ look: string; number: string }> }) {
  const { look, number } = await params
  const edition = await page.load(number)
  if (!edition) return <NotFoundPage />
  const { activities } = await loadCompanions(await api(), edition.articles, { events: edition.events, meetings: edition.meetings })
  return <IssueView edition={edition} activities={activities} on={parseLook(look)?.furigana === 'on'} />
}
