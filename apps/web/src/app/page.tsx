import { EraDate } from '@oneheart/ui'
import Link from 'next/link'
import { api } from '../lib/api'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const issues = await (await api()).issues.list({ limit: 50 })
  return (
    <>
      <h1>SC通信 バックナンバー</h1>
      <p>これまでに発行した号です（全{issues.total}号）。</p>
      <ul className="issue-list">
        {issues.items.map((issue) => (
          <li key={issue.id}>
            <Link href={`/issues/${issue.number}`}>{issue.title}</Link>
            <br />
            <EraDate value={issue.issuedOn} /> 発行
          </li>
        ))}
      </ul>
    </>
  )
}
