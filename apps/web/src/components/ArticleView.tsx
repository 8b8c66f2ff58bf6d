import type { PublicArticle, PublicArticleSummary } from '@oneheart/schema/public'
import { ArticleBlocks, EraDate } from '@oneheart/ui'
import Link from 'next/link'
import { Furigana } from './Furigana'
import { ReadAloud } from './ReadAloud'

/** One article as the site shows it: the published page and the editors' live preview alike. */
export function ArticleView({ article, on, previous, next }: { article: PublicArticle; on: boolean; previous?: PublicArticleSummary; next?: PublicArticleSummary }) {
  const related = [
    ...article.councils.map((ref) => ({ key: `c${ref.id}`, kind: '協議体', href: `/councils/${ref.slug}`, name: ref.name })),
    ...article.activities.map((ref) => ({ key: `a${ref.id}`, kind: '活動', href: `/activities/${ref.slug}`, name: ref.name })),
    ...article.events.map((ref) => ({ key: `e${ref.id}`, kind: 'イベント', href: `/events#${ref.slug}`, name: ref.name })),
  ]
  return (
    <article id="article">
      <h1><Furigana text={article.title} on={on} /></h1>
      {article.publishedOn && <p><EraDate value={article.publishedOn} />{article.issueNumber && <>・<Link href={`/issues/${article.issueNumber}`}>第{article.issueNumber}号</Link></>}</p>}
      {article.place && <p>場所：{article.place}</p>}
      <ReadAloud targetId="article" />
      {article.lead && <p className="lead"><Furigana text={article.lead} on={on} /></p>}
      <ArticleBlocks blocks={article.blocks} headingLevel={2} renderText={(text) => <Furigana text={text} on={on} />} />
      {article.photos.map((photo) => (
        <figure key={photo.image.url}>
          <img src={photo.image.url} alt={photo.image.alt} width={photo.image.width ?? undefined} height={photo.image.height ?? undefined} />
          {photo.caption && <figcaption><Furigana text={photo.caption} on={on} /></figcaption>}
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
