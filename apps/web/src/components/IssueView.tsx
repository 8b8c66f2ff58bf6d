import type { PublicIssue } from '@oneheart/schema/public'
import { IssueDate } from '@oneheart/ui'
import Link from 'next/link'

type ArticleLink = { id: number; slug: string; title: string }

/** One issue as the site shows it: the published page and the editors' live preview alike. */
export function IssueView({ issue, articles, articleHref, printQuery = '' }: { issue: Pick<PublicIssue, 'number' | 'title' | 'issuedOn' | 'greeting'>; articles: ArticleLink[]; articleHref: (article: ArticleLink) => string; printQuery?: string }) {
  const print = process.env.PRINT_URL ?? 'http://localhost:3002'
  const pdf = (edition: string) => `${print}/issues/${issue.number}/${edition}.pdf${printQuery}`
  return (
    <article>
      <h1>{issue.title}</h1>
      <p><IssueDate value={issue.issuedOn} /></p>
      <p>
        紙の版（PDF）：<a href={pdf('standard')}>ふつうの版</a>・
        <a href={pdf('large')}>拡大版</a>・
        <a href={pdf('mono')}>白黒版</a>
      </p>
      {issue.greeting && (
        <section aria-labelledby="greeting">
          <h2 id="greeting">みなさまへ</h2>
          <p>{issue.greeting}</p>
        </section>
      )}
      <h2>この号の記事</h2>
      <ol>
        {articles.map((article) => (
          <li key={article.id}><Link href={articleHref(article)}>{article.title}</Link></li>
        ))}
      </ol>
    </article>
  )
}
