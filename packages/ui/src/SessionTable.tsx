import type { PublicSession } from '@oneheart/contract'
import { CouncilList } from './CouncilList.tsx'
import { formatTimeRange } from './dates.ts'
import { EraDate } from './EraDate.tsx'

/** An event's sessions as the newsletter boxes them: 回・日時・会場・対象地区, one row each. */
export function SessionTable({ sessions, caption }: { sessions: PublicSession[]; caption?: string }) {
  if (sessions.length === 0) return null
  return (
    <table className="session-table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">回</th>
          <th scope="col">日時</th>
          <th scope="col">会場</th>
          <th scope="col">対象地区</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.number}>
            <th scope="row">第{session.number}回</th>
            <td>
              <EraDate value={session.date} />
              <br />
              {formatTimeRange(session.startTime, session.endTime)}
            </td>
            <td>
              {session.venue}
              {session.note && <span className="session-table__note">（{session.note}）</span>}
            </td>
            <td>
              <CouncilList councils={session.invitedCouncils} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
