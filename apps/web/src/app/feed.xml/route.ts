import { startOfCalendarDate } from '@oneheart/contract'
import { siteEnv } from '@oneheart/env'
import { api } from '~/lib/api'

export const dynamic = 'force-dynamic'

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** Atom feed of the newest issues and their articles, for feed readers and other sites. */
export async function GET() {
  const site = siteEnv().WEB_URL
  const client = await api()
  const { items } = await client.issues.list({ limit: 10 })
  const issues = await Promise.all(items.map((summary) => client.issues.byNumber({ number: summary.number })))
  const entries = issues.flatMap((issue) => [
    { id: `${site}/issues/${issue.number}`, title: issue.title, updated: issue.updatedAt, summary: issue.greeting ?? '' },
    ...issue.articles.map((article) => ({
      id: `${site}/articles/${article.slug}`,
      title: article.title,
      // An issue dated by month (2025-08) counts from the month's first day.
      updated: startOfCalendarDate(article.publishedOn ?? issue.issuedOn).toISOString(),
      summary: article.lead ?? '',
    })),
  ])
  const updated =
    entries
      .map((entry) => entry.updated)
      .sort()
      .at(-1) ?? new Date().toISOString()
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
  <title>めざせ！ワンハート</title>
  <subtitle>高崎市生活支援コーディネーター通信</subtitle>
  <id>${escapeXml(site)}/</id>
  <link href="${escapeXml(site)}/" />
  <link rel="self" href="${escapeXml(site)}/feed.xml" />
  <updated>${new Date(updated).toISOString()}</updated>
  <author><name>めざせ！ワンハート編集部</name></author>
${entries
  .map(
    (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link href="${escapeXml(entry.id)}" />
    <updated>${new Date(entry.updated).toISOString()}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' } })
}
