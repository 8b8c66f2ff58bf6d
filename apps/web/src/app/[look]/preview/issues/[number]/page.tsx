import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { IssueView } from '../../../../../components/IssueView'
import { PreviewFrame } from '../../../../../components/PreviewFrame'
import { firstParam } from '../../../../../lib/params'
import { draftReader } from '../../../../../lib/preview'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'プレビュー', robots: { index: false, follow: false } }

export default async function IssuePreview({ params, searchParams }: { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { number } = await params
  if (!/^\d{1,4}$/.test(number)) notFound()
  const token = firstParam((await searchParams).token)
  const reader = await draftReader(`issue:${Number(number)}`, token)
  if (!reader.ok) return <PreviewFrame refused={reader.message} />
  const edition = await reader.api.editions.issueDraft({ number: Number(number) }).catch(() => null)
  if (!edition) notFound()
  return (
    <PreviewFrame>
      <IssueView
        issue={edition.issue}
        articles={edition.articles}
        articleHref={(article) => `/preview/articles/${article.id}?token=${encodeURIComponent(reader.tokenFor(`article:${article.id}`))}`}
        printQuery={`?preview=${encodeURIComponent(token ?? '')}`}
      />
    </PreviewFrame>
  )
}
