import { MeetingSummaries } from '@oneheart/ui'
import type { Metadata } from 'next'
import { Link } from '~/components/Link'
import { NotFoundPage } from '~/components/NotFoundPage'
import { api } from '~/lib/api'
import { districtLabel } from '~/lib/companions'
import { recordPage } from '~/lib/recordPage'

const page = recordPage(
  async (slug) => (await api()).councils.bySlug({ slug }),
  (council) => ({ title: council.name, description: council.description ?? undefined }),
)
export const generateStaticParams = page.generateStaticParams

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return page.metadataOf((await params).slug)
}

export default async function CouncilPage({ params }: { params: Promise<{ slug: string }> }) {
  const council = await page.load((await params).slug)
  if (!council) return <NotFoundPage />
  const client = await api()
  const [activities, meetings, articles] = await Promise.all([
    council.layer === 2 ? client.activities.list({ council: council.slug, limit: 100 }) : null,
    council.layer === 1 ? client.meetings.list({ limit: 24 }) : null,
    client.search.query({ q: `"${council.name}"`, type: 'article', limit: 20 }).catch(() => null),
  ])
  return (
    <article>
      <h1>{council.name}</h1>
      <p>{council.layer === 1 ? '第1層協議体（市全体）' : '第2層協議体'}</p>
      {council.description && <p>{council.description}</p>}
      {council.districts.length > 0 && (
        <section aria-labelledby="districts">
          <h2 id="districts">地区</h2>
          <p>{council.districts.map((district) => district.name).join('、')}</p>
        </section>
      )}
      {activities && (
        <section aria-labelledby="activities">
          <h2 id="activities">地域の活動</h2>
          {activities.items.length ? (
            <ul className="section-list">
              {activities.items.map((activity) => (
                <li key={activity.id}>
                  <Link href={`/activities/${activity.slug}`}>{activity.name}</Link>
                  {activity.district && <span className="district-tag">（{districtLabel(activity.district.name)}）</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p>まだ登録された活動はありません。</p>
          )}
        </section>
      )}
      {meetings && (
        <section aria-labelledby="meetings">
          <h2 id="meetings">話し合いの記録</h2>
          {meetings.length ? <MeetingSummaries meetings={meetings} headingLevel={3} newestFirst /> : <p>まだ記録はありません。</p>}
        </section>
      )}
      <section aria-labelledby="articles">
        <h2 id="articles">この協議体の記事</h2>
        {articles?.items.length ? (
          <ul className="section-list">
            {articles.items.map((item) => (
              <li key={item.id}>
                <Link href={item.url}>{item.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>まだ記事はありません。</p>
        )}
      </section>
    </article>
  )
}
