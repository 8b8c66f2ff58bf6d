import type { Metadata } from 'next'
import { ArticleView } from '~/components/ArticleView'
import { NotFoundPage } from '~/components/NotFoundPage'
import { api } from '~/lib/api'
import { loadCompanions } from '~/lib/companions'
import { parseLook } from '~/lib/preferences'
import { recordPage } from '~/lib/recordPage'

const page = recordPage(
  async (slug) => (await api()).articles.bySlug({ slug }),
  (article) => {
    const image = article.photos[0]?.image
    const description = article.lead ?? article.parts.purpose ?? article.blocks.find((block) => block.type === 'part')?.text ?? undefined
    return {
      title: article.title,
      description,
      openGraph: { type: 'article', title: article.title, description, images: image ? [{ url: image.url, alt: image.alt }] : undefined },
      twitter: { card: image ? 'summary_large_image' : 'summary', title: article.title, description },
    }
  },
)
export const generateStaticParams = page.generateStaticParams

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return page.metadataOf((await params).slug)
}

export default async function ArticlePage({ params }: { params: Promise<{ look: string; slug: string }> }) {
  const { look, slug } = await params
  const article = await page.load(slug)
  if (!article) return <NotFoundPage />
  const on = parseLook(look)?.furigana === 'on'
  const client = await api()
  const [siblingIssue, companions] = await Promise.all([
    article.issueNumber ? client.issues.byNumber({ number: article.issueNumber }).catch(() => null) : null,
    loadCompanions(client, [article]),
  ])
  const siblings = siblingIssue?.articles ?? []
  const index = siblings.findIndex((sibling) => sibling.id === article.id)
  const previous = index > 0 ? siblings[index - 1] : undefined
  const next = index >= 0 ? siblings[index + 1] : undefined
  return <ArticleView article={article} on={on} companions={companions} previous={previous} next={next} backIssue={siblingIssue?.backIssue} />
}
