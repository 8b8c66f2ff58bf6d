import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { IssueView } from '~/components/IssueView'
import { PreviewFrame } from '~/components/PreviewFrame'
import { loadCompanions } from '~/lib/companions'
import { firstParam } from '~/lib/params'
import { parseLook } from '~/lib/preferences'
import { draftReader } from '~/lib/preview'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'プレビュー', robots: { index: false, follow: false } }

export default async function IssuePreview({
  params,
  searchParams,
}: {
  params: Promise<{ look: string; number: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { look, number } = await params
  if (!/^\d{1,4}$/.test(number)) notFound()
  const token = firstParam((await searchParams).token)
  const reader = await draftReader(`issue:${Number(number)}`, token)
  if (!reader.ok) return <PreviewFrame refused={reader.message} />
  const edition = await reader.api.editions.issueDraft({ number: Number(number) }).catch(() => null)
  if (!edition) notFound()
  const { activities } = await loadCompanions(reader.api, edition.articles, { events: edition.events, meetings: edition.meetings })
  return (
    <PreviewFrame>
      <IssueView
        edition={edition}
        activities={activities}
        on={parseLook(look)?.furigana === 'on'}
        articleHref={(article) => `/preview/articles/${article.id}?token=${encodeURIComponent(reader.tokenFor(`article:${article.id}`))}`}
        printQuery={`?preview=${encodeURIComponent(token ?? '')}`}
      />
    </PreviewFrame>
  )
}
