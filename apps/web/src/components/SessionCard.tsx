import type { PublicUpcomingSession } from '@oneheart/contract'
import { CouncilList, EraDate, formatTimeRange } from '@oneheart/ui'

/**
 * One event session as a notice board shows it, with a calendar file to download. Inside its
 * event's own box (`titled={false}`) the heading is only 第N回.
 */
export function SessionCard({ session, headingLevel = 3, titled = true }: { session: PublicUpcomingSession; headingLevel?: 2 | 3 | 4 | 5; titled?: boolean }) {
  const Heading = `h${headingLevel}` as const
  const councils = session.invitedCouncils
  return (
    <section className="session" aria-label={`${session.event.title} 第${session.number}回`}>
      <Heading>
        {titled && `${session.event.title} `}第{session.number}回
      </Heading>
      <dl className="facts">
        <dt>日にち</dt>
        <dd>
          <EraDate value={session.date} />
        </dd>
        {session.startTime && (
          <>
            <dt>時間</dt>
            <dd>{formatTimeRange(session.startTime, session.endTime)}</dd>
          </>
        )}
        <dt>会場</dt>
        <dd>{session.venue}</dd>
        {councils.length > 0 && (
          <>
            <dt>対象</dt>
            <dd>
              <CouncilList councils={session.invitedCouncils} />
            </dd>
          </>
        )}
        {session.note && (
          <>
            <dt>備考</dt>
            <dd>{session.note}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={`/api/events/${session.event.slug}/sessions/${session.number}.ics`} download>
          カレンダーに入れる（{session.event.title} 第{session.number}回の予定ファイル）
        </a>
      </p>
    </section>
  )
}
