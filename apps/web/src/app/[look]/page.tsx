import { IssueDate } from '@oneheart/ui'
import { BackIssueMark } from '~/components/BackIssueMark'
import { Link } from '~/components/Link'
import { SessionCard } from '~/components/SessionCard'
import { api } from '~/lib/api'

export default async function HomePage() {
  const client = await api()
  const [latest] = (await client.issues.list({ limit: 1 })).items
  const [issue, sessions] = await Promise.all([latest ? client.issues.byNumber({ number: latest.number }) : null, client.events.upcoming({ limit: 3 })])
  return (
    <>
      <h1>めざせ！ワンハート</h1>
      <p>地域の支え合い・居場所・助け合いの活動をお伝えする、生活支援コーディネーターの通信です。</p>
      {issue ? (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">
            最新号：<Link href={`/issues/${issue.number}`}>{issue.title}</Link>
          </h2>
          <p>
            {issue.backIssue && (
              <>
                <BackIssueMark />{' '}
              </>
            )}
            <IssueDate value={issue.issuedOn} />
          </p>
          {issue.cover && <img src={issue.cover.url} alt={issue.cover.alt} width={issue.cover.width ?? undefined} height={issue.cover.height ?? undefined} />}
          {issue.greeting && <p>{issue.greeting}</p>}
          <h3>この号の記事</h3>
          <ul className="section-list">
            {issue.articles.map((article) => (
              <li key={article.id}>
                <Link href={`/articles/${article.slug}`}>{article.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p>まだ発行された号はありません。</p>
      )}
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">これからのイベント</h2>
        {sessions.length ? (
          sessions.map((session) => <SessionCard key={`${session.event.id}-${session.number}`} session={session} />)
        ) : (
          <p>予定されているイベントはありません。</p>
        )}
        <p>
          <Link href="/events">イベントをすべて見る</Link>
        </p>
      </section>
    </>
  )
}
