import { LayersExplainer } from '@oneheart/ui'
import type { Metadata } from 'next'
import { Link } from '~/components/Link'
import { api } from '~/lib/api'

export const metadata: Metadata = { title: '協議体' }

export default async function CouncilsPage() {
  const caller = await api()
  const [councils, newsletter] = await Promise.all([caller.councils.list({}), caller.editions.newsletter()])
  const first = councils.filter((council) => council.layer === 1)
  const second = councils.filter((council) => council.layer === 2)
  return (
    <>
      <h1>協議体</h1>
      <p>地域の支え合いを話し合う場です。市全体の第1層協議体と、地区ごとの第2層協議体があります。</p>
      <LayersExplainer newsletter={newsletter} />
      <h2>第1層協議体（市全体）</h2>
      <ul className="section-list">
        {first.map((council) => (
          <li key={council.id}>
            <Link href={`/councils/${council.slug}`}>{council.name}</Link>
            {council.description && (
              <>
                <br />
                {council.description}
              </>
            )}
          </li>
        ))}
      </ul>
      <h2>第2層協議体（{second.length}か所）</h2>
      <ul className="section-list">
        {second.map((council) => (
          <li key={council.id}>
            <Link href={`/councils/${council.slug}`}>{council.name}</Link>
            {council.districts.length > 0 && (
              <>
                <br />
                地区：{council.districts.map((district) => district.name).join('、')}
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
