import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleView } from '~/components/ArticleView'
import { PreviewFrame } from '~/components/PreviewFrame'
import { loadCompanions } from '~/lib/companions'
import { firstParam } from '~/lib/params'
import { parseLook } from '~/lib/preferences'
import { draftReader } from '~/lib/preview'

// Drafts change with every autosave: never cached, never indexed.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'プレビュー', robots: { index: false, follow: false } }

export default async function ArticlePreview({
  params,
  searchParams,
}: {
  params: Promise<{ look: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { look, id } = await params
  if (!/^\d{1,9}$/.test(id)) notFound()
  const reader = await draftReader(`article:${Number(id)}`, firstParam((await searchParams).token))
  if (!reader.ok) return <PreviewFrame refused={reader.message} />
  const article = await reader.api.articles.draftById({ id: Number(id) }).catch(() => null)
  if (!article) notFound()
  const companions = await loadCompanions(reader.api, [article])
  return (
    <PreviewFrame>
      <ArticleView article={article} on={parseLook(look)?.furigana === 'on'} companions={companions} />
    </PreviewFrame>
  )
}
