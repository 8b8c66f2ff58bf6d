import type { PublicArticle, PublicIssue } from '@oneheart/schema/public'
import { ArticleParts, EraDate, RichText } from '@oneheart/ui'

export interface NewsletterMasthead {
  title: string
  subtitle: string
  publisher: string
  phone: string | null
}

/** One issue as the A4 paper edition. */
export function IssueEdition({ issue, articles, masthead }: { issue: PublicIssue; articles: PublicArticle[]; masthead: NewsletterMasthead }) {
  return (
    <html lang="ja">
      <head>
        <meta charSet="utf-8" />
        <title>{`${masthead.title} ${issue.title}`}</title>
        <link rel="stylesheet" href="/fonts/biz-udpgothic/400.css" />
        <link rel="stylesheet" href="/fonts/biz-udpgothic/700.css" />
        <link rel="stylesheet" href="/styles/edition.css" />
      </head>
      <body>
        <header className="masthead">
          <h1>{masthead.title}</h1>
          <p className="subtitle">{masthead.subtitle}</p>
          <p className="issue-line">
            {issue.title}　<EraDate value={issue.issuedOn} /> 発行
          </p>
        </header>
        {issue.greeting && (
          <section className="greeting">
            <h2>みなさまへ</h2>
            <p>{issue.greeting}</p>
          </section>
        )}
        {articles.map((article) => (
          <article key={article.id} className="story">
            <h2>{article.title}</h2>
            {article.districts.length > 0 && <p className="district">{article.districts.map((d) => `${d.name}地区`).join('・')}</p>}
            {article.lead && <p className="lead">{article.lead}</p>}
            <ArticleParts parts={article.parts} />
            <RichText data={article.body} />
            {article.photos.map((photo) => (
              <figure key={photo.image.url}>
                <img src={photo.image.url} alt={photo.image.alt} />
                {photo.caption && <figcaption>{photo.caption}</figcaption>}
              </figure>
            ))}
          </article>
        ))}
        <footer className="colophon">
          <p>発行元: {masthead.publisher}{masthead.phone ? `　電話 ${masthead.phone}` : ''}</p>
        </footer>
      </body>
    </html>
  )
}
