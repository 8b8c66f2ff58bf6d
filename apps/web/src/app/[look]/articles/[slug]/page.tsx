import { ArticleParts, EraDate, RichText } from '@oneheart/ui'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Furigana } from '../../../../components/Furigana'
import { ReadAloud } from '../../../../components/ReadAloud'
import { api } from '../../../../lib/api'
import { orNotFound } from '../../../../lib/notFound'
import { parseLook } from '../../../../lib/preferences'

// Rendered on first request, then cached until content changes (see the root layout).
export function generateStaticParams() {
  return []
}

async function load(slug: string) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) notFound()
  return orNotFound((await api()).articles.bySlug({ slug }))
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const article = await load((await params).slug)
  const image = article.photos[0]?.image
  const description = article.lead ?? article.parts.purpose ?? undefined
  return {
    title: article.title,
    description,
    openGraph: { type: 'article', title: article.title, description, images: image ? [{ url: image.url, alt: image.alt }] : undefined },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: article.title, description },
  }
}

export default async function ArticlePage({ params }: { params: Promise<{ look: string; slug: string }> }) {
  const { look, slug } = await params
  const article = await load(slug)
  const on = parseLook(look)?.furigana === 'on'
  const siblings = article.issueNumber ? (await (await api()).issues.byNumber({ number: article.issueNumber }).catch(() => null))?.articles ?? [] : []
  const index = siblings.findIndex((sibling) => sibling.id === article.id)
  const previous = index > 0 ? siblings[index - 1] : undefined
  const next = index >= 0 ? siblings[index + 1] : undefined
  const related = [
    ...article.councils.map((ref) => ({ key: `c${ref.id}`, kind: '協議体', href: `/councils/${ref.slug}`, name: ref.name })),
    ...article.activities.map((ref) => ({ key: `a${ref.id}`, kind: '活動', href: `/activities/${ref.slug}`, name: ref.name })),
    ...article.events.map((ref) => ({ key: `e${ref.id}`, kind: 'イベント', href: `/events#${ref.slug}`, name: ref.name })),
  ]
  return (
    <article id="article">
      <h1><Furigana text={article.title} on={on} /></h1>
      {article.publishedOn && <p><EraDate value={article.publishedOn} />{article.issueNumber && <>・<Link href={`/issues/${article.issueNumber}`}>第{article.issueNumber}号</Link></>}</p>}
      <ReadAloud targetId="article" />
      {article.lead && <p className="lead"><Furigana text={article.lead} on={on} /></p>}
      <ArticleParts parts={article.parts} headingLevel={2} renderText={(text) => <Furigana text={text} on={on} />} />
      <RichText data={article.body} />
      {article.photos.map((photo) => (
        <figure key={photo.image.url}>
          <img src={photo.image.url} alt={photo.image.alt} width={photo.image.width ?? undefined} height={photo.image.height ?? undefined} />
          {photo.caption && <figcaption>{photo.caption}</figcaption>}
        </figure>
      ))}
      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">この記事に出てくる協議体・活動・イベント</h2>
          <ul>
            {related.map((item) => <li key={item.key}>{item.kind}：<Link href={item.href}>{item.name}</Link></li>)}
          </ul>
        </section>
      )}
      {(previous || next) && (
        <nav aria-label="同じ号の記事" className="pager">
          {previous ? <Link href={`/articles/${previous.slug}`} rel="prev">← 前の記事：{previous.title}</Link> : <span />}
          {next && <Link href={`/articles/${next.slug}`} rel="next">次の記事：{next.title} →</Link>}
        </nav>
      )}
    </article>
  )
}
