import { EraDate } from '@oneheart/ui'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { api } from '../../../lib/api'
import { orNotFound } from '../../../lib/notFound'

export const dynamic = 'force-dynamic'

export default async function IssuePage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params
  if (!/^\d{1,4}$/.test(number)) notFound()
  const issue = await orNotFound((await api()).issues.byNumber({ number: Number(number) }))
  return (
    <article>
      <h1>{issue.title}</h1>
      <p><EraDate value={issue.issuedOn} /> 発行</p>
      {issue.greeting && (
        <section aria-labelledby="greeting">
          <h2 id="greeting">みなさまへ</h2>
          <p>{issue.greeting}</p>
        </section>
      )}
      <h2>この号の記事</h2>
      <ol>
        {issue.articles.map((article) => (
          <li key={article.id}><Link href={`/articles/${article.slug}`}>{article.title}</Link></li>
        ))}
      </ol>
    </article>
  )
}
