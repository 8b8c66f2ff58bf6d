import { ArticleParts, EraDate, RichText } from '@oneheart/ui'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { api } from '../../../lib/api'
import { orNotFound } from '../../../lib/notFound'

export const dynamic = 'force-dynamic'

export default async function ArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) notFound()
  const article = await orNotFound((await api()).articles.bySlug({ slug }))
  return (
    <article>
      <h1>{article.title}</h1>
      {article.publishedOn && <p><EraDate value={article.publishedOn} /></p>}
      {article.lead && <p>{article.lead}</p>}
      <ArticleParts parts={article.parts} headingLevel={2} />
      <RichText data={article.body} />
      {article.photos.map((photo) => (
        <figure key={photo.image.url}>
          <img src={photo.image.url} alt={photo.image.alt} width={photo.image.width ?? undefined} height={photo.image.height ?? undefined} />
          {photo.caption && <figcaption>{photo.caption}</figcaption>}
        </figure>
      ))}
      {(article.councils.length > 0 || article.activities.length > 0) && (
        <section aria-labelledby="related">
          <h2 id="related">この記事に出てくる協議体・活動</h2>
          <ul>
            {article.councils.map((council) => <li key={`c${council.id}`}>協議体: {council.name}</li>)}
            {article.activities.map((activity) => <li key={`a${activity.id}`}>活動: {activity.name}</li>)}
          </ul>
        </section>
      )}
      {article.issueNumber && <p><Link href={`/issues/${article.issueNumber}`}>第{article.issueNumber}号にもどる</Link></p>}
    </article>
  )
}
