import { ACTIVITY_KINDS, WEEKDAYS, jaLabel } from '@oneheart/schema'
import type { Metadata } from 'next'
import Link from 'next/link'
import { api } from '../../lib/api'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: '地域の居場所・助け合い活動' }

type Params = Record<'council' | 'district' | 'kind' | 'weekday' | 'after', string | string[] | undefined>
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams
  const client = await api()
  const filters = {
    council: one(params.council),
    district: one(params.district),
    kind: ACTIVITY_KINDS.find((option) => option.value === one(params.kind))?.value,
    weekday: WEEKDAYS.find((option) => option.value === one(params.weekday))?.value,
  }
  const after = Number(one(params.after))
  const [councils, districts, page] = await Promise.all([
    client.councils.list({ layer: 2 }),
    client.districts.list(),
    client.activities.list({ ...filters, limit: 30, cursor: Number.isInteger(after) && after > 0 ? after : null }).catch(() => null),
  ])
  const nextHref = page?.nextCursor
    ? `/activities?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value) as [string, string][]), after: String(page.nextCursor) })}`
    : null
  return (
    <>
      <h1>地域の居場所・助け合い活動</h1>
      <form method="get" action="/activities" className="filters" aria-label="活動を絞り込む">
        <div>
          <label htmlFor="council">協議体</label>
          <select id="council" name="council" defaultValue={filters.council ?? ''}>
            <option value="">すべて</option>
            {councils.map((council) => <option key={council.id} value={council.slug}>{council.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="district">地区</label>
          <select id="district" name="district" defaultValue={filters.district ?? ''}>
            <option value="">すべて</option>
            {districts.map((district) => <option key={district.id} value={district.slug}>{district.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="kind">種類</label>
          <select id="kind" name="kind" defaultValue={filters.kind ?? ''}>
            <option value="">すべて</option>
            {ACTIVITY_KINDS.map((option) => <option key={option.value} value={option.value}>{option.label.ja}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="weekday">曜日</label>
          <select id="weekday" name="weekday" defaultValue={filters.weekday ?? ''}>
            <option value="">すべて</option>
            {WEEKDAYS.map((option) => <option key={option.value} value={option.value}>{option.label.ja}曜日</option>)}
          </select>
        </div>
        <div>
          <button type="submit">この条件でさがす</button>
        </div>
      </form>
      {!page || page.items.length === 0 ? (
        <p className="notice">この条件に合う活動は見つかりませんでした。条件を減らしてみてください。</p>
      ) : (
        <>
          <p>{page.total}件の活動があります。</p>
          <ul className="section-list">
            {page.items.map((activity) => (
              <li key={activity.id}>
                <Link href={`/activities/${activity.slug}`}>{activity.name}</Link>
                <br />
                {jaLabel(ACTIVITY_KINDS, activity.kind)}
                {activity.district && `・${activity.district.name}`}
                {activity.schedule.frequency && `・${activity.schedule.frequency}`}
                {activity.schedule.weekdays.length > 0 && `（${activity.schedule.weekdays.map((day) => jaLabel(WEEKDAYS, day)).join('・')}）`}
              </li>
            ))}
          </ul>
          {nextHref && <p className="pager"><Link href={nextHref} rel="next">次の30件を見る</Link></p>}
        </>
      )}
    </>
  )
}
