import type { PublicArticle, PublicRef } from '@oneheart/contract'
import { EraDate, formatHeadcount } from '@oneheart/ui'
import { Link } from '~/components/Link'
import { type Companions, districtLabel } from '~/lib/companions'

/** Who came to see, how many, when, and the local activity that hosted them (linked when the article names it). */
export function VisitFacts({ visit, hosts, companions }: { visit: NonNullable<PublicArticle['visit']>; hosts: PublicRef[]; companions: Companions }) {
  return (
    <dl className="facts visit-facts">
      {visit.visitors && (
        <>
          <dt>来られた方</dt>
          <dd>{visit.visitors}</dd>
        </>
      )}
      {visit.headcount !== null && (
        <>
          <dt>人数</dt>
          <dd>{formatHeadcount(visit.headcount, visit.staffCount)}</dd>
        </>
      )}
      {visit.visitedOn && (
        <>
          <dt>視察の日</dt>
          <dd>
            <EraDate value={visit.visitedOn} />
          </dd>
        </>
      )}
      {hosts.length > 0 && (
        <>
          <dt>受け入れた活動</dt>
          <dd>
            {hosts.map((host, index) => {
              const district = companions.activities.find((activity) => activity.id === host.id)?.district?.name
              return (
                <span key={host.id}>
                  {index > 0 && '、'}
                  <Link href={`/activities/${host.slug}`}>{host.name}</Link>
                  {district && `（${districtLabel(district)}）`}
                </span>
              )
            })}
          </dd>
        </>
      )}
    </dl>
  )
}
