import { EraDate } from '@oneheart/ui'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { api } from '../../../../lib/api'
import { orNotFound } from '../../../../lib/notFound'

// Rendered on first request, then cached until content changes (see the root layout).
export function generateStaticParams() {
  return []
}

async function load(number: string) {
  if (!/^\d{1,4}$/.test(number)) notFound()
  return orNotFound((await api()).issues.byNumber({ number: Number(number) }))
}

/** Each issue shares with its own cover picture. */
export async function generateMetadata({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> {
  const issue = await load((await params).number)
  const description = issue.greeting ?? undefined
  const images = issue.cover ? [{ url: issue.cover.url, alt: issue.cover.alt }] : undefined
  return {
    title: issue.title,
    description,
    openGraph: { type: 'article', title: issue.title, description, images },
    twitter: { card: images ? 'summary_large_image' : 'summary', title: issue.title, description },
  }
}

export default async function IssuePage({ params }: { params: Promise<{ number: string }> }) {
  const issue = await load((await params).number)
  const print = process.env.PRINT_URL ?? 'http://localhost:3002'
  return (
    <article>
      <h1>{issue.title}</h1>
      <p><EraDate value={issue.issuedOn} /> 発行</p>
      <p>
        紙の版（PDF）：<a href={`${print}/issues/${issue.number}/standard.pdf`}>ふつうの版</a>・
        <a href={`${print}/issues/${issue.number}/large.pdf`}>拡大版</a>・
        <a href={`${print}/issues/${issue.number}/mono.pdf`}>白黒版</a>
      </p>
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
