import { ACTIVITY_KINDS, ACTIVITY_STATUSES, jaLabel, WEEKDAYS } from '@oneheart/contract'
import { EraDate } from '@oneheart/ui'
import type { Metadata } from 'next'
import { Link } from '~/components/Link'
import { NotFoundPage } from '~/components/NotFoundPage'
import { api } from '~/lib/api'
import { districtLabel } from '~/lib/companions'
import { recordPage } from '~/lib/recordPage'

const page = recordPage(
  async (slug) => (await api()).activities.bySlug({ slug }),
  (activity) => ({ title: activity.name, description: activity.summary ?? undefined }),
)
export const generateStaticParams = page.generateStaticParams

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return page.metadataOf((await params).slug)
}

export default async function ActivityPage({ params }: { params: Promise<{ slug: string }> }) {
  const activity = await page.load((await params).slug)
  if (!activity) return <NotFoundPage />
  // The articles that link this activity; a namesake's articles are not this one's.
  const mentions = await (await api()).activities.articles({ slug: activity.slug }).catch(() => null)
  return (
    <article>
      <h1>{activity.name}</h1>
      {activity.district && <p className="district-label">{districtLabel(activity.district.name)}</p>}
      <p>
        {jaLabel(ACTIVITY_KINDS, activity.kind)}・{jaLabel(ACTIVITY_STATUSES, activity.status)}
      </p>
      {activity.photo && (
        <img src={activity.photo.url} alt={activity.photo.alt} width={activity.photo.width ?? undefined} height={activity.photo.height ?? undefined} />
      )}
      {activity.summary && <p>{activity.summary}</p>}
      <dl className="facts">
        {activity.district && (
          <>
            <dt>地区</dt>
            <dd>
              {activity.district.name}
              {activity.neighbourhood && `（${activity.neighbourhood}）`}
            </dd>
          </>
        )}
        {activity.council && (
          <>
            <dt>協議体</dt>
            <dd>
              <Link href={`/councils/${activity.council.slug}`}>{activity.council.name}</Link>
            </dd>
          </>
        )}
        {activity.place && (
          <>
            <dt>場所</dt>
            <dd>{activity.place}</dd>
          </>
        )}
        {(activity.schedule.frequency || activity.schedule.weekdays.length > 0) && (
          <>
            <dt>いつ</dt>
            <dd>
              {activity.schedule.frequency}
              {activity.schedule.weekdays.length > 0 && ` ${activity.schedule.weekdays.map((day) => jaLabel(WEEKDAYS, day)).join('・')}曜日`}
              {activity.schedule.detail && `　${activity.schedule.detail}`}
            </dd>
          </>
        )}
        {activity.fee && (
          <>
            <dt>参加費</dt>
            <dd>{activity.fee}</dd>
          </>
        )}
        {activity.organiser && (
          <>
            <dt>運営</dt>
            <dd>{activity.organiser}</dd>
          </>
        )}
        {(activity.contact.name || activity.contact.phone) && (
          <>
            <dt>問い合わせ</dt>
            <dd>
              {activity.contact.name} {activity.contact.phone && <a href={`tel:${activity.contact.phone}`}>{activity.contact.phone}</a>}
            </dd>
          </>
        )}
        {activity.startedOn && (
          <>
            <dt>始まり</dt>
            <dd>
              <EraDate value={activity.startedOn} weekday={false} />
            </dd>
          </>
        )}
      </dl>
      {activity.history && (
        <section aria-labelledby="history">
          <h2 id="history">これまでの歩み</h2>
          <p>{activity.history}</p>
        </section>
      )}
      <section aria-labelledby="mentions">
        <h2 id="mentions">この活動が載った記事</h2>
        {mentions && mentions.length > 0 ? (
          <ol className="section-list">
            {mentions.map((item) => (
              <li key={item.id}>
                {item.publishedOn && (
                  <>
                    <EraDate value={item.publishedOn} weekday={false} />
                    {'　'}
                  </>
                )}
                <Link href={`/articles/${item.slug}`}>{item.title}</Link>
                {item.issueNumber && (
                  <>
                    （<Link href={`/issues/${item.issueNumber}`}>第{item.issueNumber}号</Link>）
                  </>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p>まだ記事はありません。</p>
        )}
      </section>
    </article>
  )
}
