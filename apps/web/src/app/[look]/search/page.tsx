import type { PublicSearchResult, PublicSearchType } from '@oneheart/contract'
import { EraDate } from '@oneheart/ui'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Highlighted } from '~/components/Highlighted'
import { Link } from '~/components/Link'
import { SearchBox } from '~/components/SearchBox'
import { api } from '~/lib/api'
import { isCursorRefusal, readerMessageOf } from '~/lib/apiErrors'
import { districtLabel } from '~/lib/companions'
import { firstParam } from '~/lib/params'
import { SEARCH_TYPE_LABELS } from '~/lib/searchLabels'

export const dynamic = 'force-dynamic'

type Params = { q?: string | string[]; type?: string | string[]; after?: string | string[] }
const isType = (value: string): value is PublicSearchType => value in SEARCH_TYPE_LABELS

export async function generateMetadata({ searchParams }: { searchParams: Promise<Params> }): Promise<Metadata> {
  const q = (firstParam((await searchParams).q) ?? '').trim()
  return { title: q ? `「${q}」の検索結果` : 'サイト内検索', robots: { index: false } }
}

function searchHref(q: string, type?: PublicSearchType, after?: string) {
  const params = new URLSearchParams({ q })
  if (type) params.set('type', type)
  if (after) params.set('after', after)
  return `/search?${params}`
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams
  const q = (firstParam(params.q) ?? '').trim()
  const typeParam = firstParam(params.type) ?? ''
  const type = isType(typeParam) ? typeParam : undefined
  const after = firstParam(params.after)

  let result: PublicSearchResult | null = null
  let problem: string | null = null
  let districts = new Map<number, string>()
  if (q) {
    try {
      const client = await api()
      result = await client.search.query({ q, type, cursor: after, limit: 20 })
      districts = await activityDistricts(client, result)
    } catch (error) {
      // A continuation that cannot exist (an edited `after`) is a page that is not there: 404.
      // Thrown here, before the page streams, so the status is still ours to set.
      if (after && isCursorRefusal(error)) notFound()
      problem = readerMessageOf(error)
      if (!problem) throw error
    }
  }

  return (
    <>
      <h1>サイト内検索</h1>
      <SearchBox id="search-page" defaultValue={q} large />
      {!q && <SearchHelp />}
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      {result && <Results q={q} type={type} after={after} result={result} districts={districts} />}
    </>
  )
}

/** The district of each activity found, by id, so two activities of one name can be told apart. */
async function activityDistricts(client: Awaited<ReturnType<typeof api>>, result: PublicSearchResult): Promise<Map<number, string>> {
  const ids = result.items.filter((item) => item.type === 'activity').map((item) => item.id)
  if (ids.length === 0) return new Map()
  const { items } = await client.activities.list({ limit: ids.length, ids })
  return new Map(items.flatMap((activity) => (activity.district ? [[activity.id, districtLabel(activity.district.name)] as const] : [])))
}

function Results({
  q,
  type,
  after,
  result,
  districts,
}: {
  q: string
  type?: PublicSearchType
  after?: string
  result: PublicSearchResult
  districts: Map<number, string>
}) {
  const all = Object.values(result.counts).reduce((sum, n) => sum + (n ?? 0), 0)
  const plus = result.totalIsLowerBound ? '以上' : ''
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">
        「{q}」の検索結果：{result.total.toLocaleString('ja-JP')}件{plus}
      </h2>
      {all > 0 && (
        <nav aria-label="種類で絞り込む" className="result-tabs">
          <ul>
            <li>{type ? <Link href={searchHref(q)}>すべて（{all}）</Link> : <span aria-current="page">すべて（{all}）</span>}</li>
            {(Object.keys(SEARCH_TYPE_LABELS) as PublicSearchType[])
              .filter((key) => result.counts[key])
              .map((key) => (
                <li key={key}>
                  {key === type ? (
                    <span aria-current="page">
                      {SEARCH_TYPE_LABELS[key]}（{result.counts[key]}）
                    </span>
                  ) : (
                    <Link href={searchHref(q, key)}>
                      {SEARCH_TYPE_LABELS[key]}（{result.counts[key]}）
                    </Link>
                  )}
                </li>
              ))}
          </ul>
        </nav>
      )}
      {result.items.length > 0 ? (
        <ol className="results">
          {result.items.map((item) => (
            <li key={`${item.type}-${item.id}`}>
              <p className="results__meta">
                <span className="tag">{SEARCH_TYPE_LABELS[item.type]}</span>
                {item.date && <EraDate value={item.date} />}
              </p>
              <h3 className="results__title">
                <Link href={item.url}>
                  <Highlighted text={item.title} ranges={item.titleHighlights} />
                </Link>
                {item.type === 'activity' && districts.has(item.id) && <span className="district-tag">（{districts.get(item.id)}）</span>}
              </h3>
              <p className="results__snippet">
                <Highlighted text={item.snippet} ranges={item.highlights} />
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <NothingFound q={q} suggestions={result.suggestions} />
      )}
      <p className="pager">
        {after && <Link href={searchHref(q, type)}>最初の結果にもどる</Link>}
        {result.nextCursor && (
          <Link href={searchHref(q, type, result.nextCursor)} rel="next">
            次の20件を見る
          </Link>
        )}
      </p>
    </section>
  )
}

function NothingFound({ q, suggestions }: { q: string; suggestions: string[] }) {
  return (
    <div className="notice">
      <p>「{q}」が入っている記事や活動は見つかりませんでした。</p>
      {suggestions.length > 0 && (
        <>
          <p>こちらの言葉でさがしてみませんか。</p>
          <ul>
            {suggestions.map((text) => (
              <li key={text}>
                <Link href={searchHref(text)}>{text}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>言葉を短くする、ひらがなで入れる、言葉の数を減らす、と見つかることがあります。</p>
    </div>
  )
}

function SearchHelp() {
  const examples = ['居場所', 'いばしょ', '助け合い 下大類', 'サロン -体操', '令和8年12月8日']
  return (
    <div className="notice">
      <p>記事・活動・イベント・協議体・話し合いの記録から、言葉をさがせます。</p>
      <ul>
        <li>ひらがなでも漢字でもさがせます（「いばしょ」で「居場所」も見つかります）。</li>
        <li>日付でもさがせます（「12月8日」「令和8年12月8日」「R8.12.8」「12/8」「8月」など）。</li>
        <li>言葉をスペースで区切ると、すべての言葉が入っているものをさがします。</li>
        <li>「-」を前につけた言葉は、その言葉が入っているものを除きます。</li>
      </ul>
      <p>例：</p>
      <ul className="examples">
        {examples.map((text) => (
          <li key={text}>
            <Link href={searchHref(text)}>{text}</Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
