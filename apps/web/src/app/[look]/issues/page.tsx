import type { PublicIssueSummary } from '@oneheart/contract'
import { fiscalYearOf, IssueDate } from '@oneheart/ui'
import type { Metadata } from 'next'
import { BackIssueMark } from '~/components/BackIssueMark'
import { Link } from '~/components/Link'
import { api } from '~/lib/api'
import { allPages } from '~/lib/paging'

export const metadata: Metadata = { title: 'バックナンバー' }

/** Every issue, newest first, grouped by fiscal year (令和・西暦 both shown); back issues marked. */
export default async function IssuesPage() {
  const client = await api()
  const issues = await allPages((cursor) => client.issues.list({ limit: 100, cursor }))
  const years = new Map<number, { label: string; issues: PublicIssueSummary[] }>()
  for (const issue of issues) {
    const { year, label } = fiscalYearOf(issue.issuedOn)
    if (!years.has(year)) years.set(year, { label, issues: [] })
    years.get(year)!.issues.push(issue)
  }
  return (
    <>
      <h1>バックナンバー</h1>
      <p>これまでに発行した号です（全{issues.length}号）。</p>
      {[...years].map(([year, group]) => (
        <section key={year} aria-labelledby={`fy-${year}`}>
          <h2 id={`fy-${year}`}>{group.label}</h2>
          <ul className="section-list">
            {group.issues.map((issue) => (
              <li key={issue.id}>
                <Link href={`/issues/${issue.number}`}>{issue.title}</Link>
                {issue.backIssue && (
                  <>
                    {' '}
                    <BackIssueMark />
                  </>
                )}
                <br />
                <IssueDate value={issue.issuedOn} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
