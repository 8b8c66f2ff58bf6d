import type { RouterInputs } from '@oneheart/api'
import { ACTIVITY_KINDS, jaLabel, WEEKDAYS } from '@oneheart/contract'
import type { Metadata } from 'next'
import { Link } from '~/components/Link'
import { api } from '~/lib/api'
import { districtLabel } from '~/lib/companions'
import { cachedRead } from '~/lib/contentCache'
import { firstParam } from '~/lib/params'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: '地域の居場所・助け合い活動' }

type Params = Record<'council' | 'district' | 'kind' | 'weekday' | 'after', string | string[] | undefined>

const readChoices = cachedRead('activity-filter-choices', async () => {
  const client = await api()
  const [councils, districts] = await Promise.all([client.councils.list({ layer: 2 }), client.districts.list()])
  return { councils, districts }
})

const listActivities = async (filters: RouterInputs['activities']['list']) => (await api()).activities.list(filters)
// First pages only: the filters are bounded, later pages' cursors are not.
const readFirstPage = cachedRead('activity-directory', listActivities)

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams
  const { councils, districts } = await readChoices()
  // Only known values reach the query (and the cache key); anything else is no filter.
  const filters = {
    council: councils.find((council) => council.slug === firstParam(params.council))?.slug,
    district: districts.find((district) => district.slug === firstParam(params.district))?.slug,
    kind: ACTIVITY_KINDS.find((option) => option.value === firstParam(params.kind))?.value,
    weekday: WEEKDAYS.find((option) => option.value === firstParam(params.weekday))?.value,
  }
  const after = Number(firstParam(params.after))
  const cursor = Number.isSafeInteger(after) && after > 0 ? after : null
  const query = { ...filters, limit: 30, cursor }
  const page = await (cursor ? listActivities(query) : readFirstPage(query)).catch(() => null)
  const nextHref = page?.nextCursor
    ? `/activities?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value) as [string, string][]), after: String(page.nextCursor) })}`
    : null
  return (
    <>
      <h1>地域の居場所・助け合い活動</h1>
      <form method="get" action="/activities" className="filters" aria-label="活動を絞り込む">
        <FilterSelect name="council" label="協議体" value={filters.council} options={councils.map((council) => [council.slug, council.name])} />
        <FilterSelect name="district" label="地区" value={filters.district} options={districts.map((district) => [district.slug, district.name])} />
        <FilterSelect name="kind" label="種類" value={filters.kind} options={ACTIVITY_KINDS.map((option) => [option.value, option.label.ja])} />
        <FilterSelect name="weekday" label="曜日" value={filters.weekday} options={WEEKDAYS.map((option) => [option.value, `${option.label.ja}曜日`])} />
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
                {activity.district && <span className="district-tag">（{districtLabel(activity.district.name)}）</span>}
                <br />
                {jaLabel(ACTIVITY_KINDS, activity.kind)}
                {activity.schedule.frequency && `・${activity.schedule.frequency}`}
                {activity.schedule.weekdays.length > 0 && `（${activity.schedule.weekdays.map((day) => jaLabel(WEEKDAYS, day)).join('・')}）`}
              </li>
            ))}
          </ul>
          {nextHref && (
            <p className="pager">
              <Link href={nextHref} rel="next">
                次の30件を見る
              </Link>
            </p>
          )}
        </>
      )}
    </>
  )
}

/** One filter of the GET form: "すべて" plus the given choices. */
function FilterSelect({ name, label, value, options }: { name: string; label: string; value?: string; options: Array<[string, string]> }) {
  return (
    <div>
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value ?? ''}>
        <option value="">すべて</option>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
}
