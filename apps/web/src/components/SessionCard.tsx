import type { PublicUpcomingSession } from '@oneheart/schema/public'
import { CouncilList, EraDate } from '@oneheart/ui'

/** One event session as a notice board shows it, with a calendar file to download. */
export function SessionCard({ session, headingLevel = 3 }: { session: PublicUpcomingSession; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="session" aria-label={`${session.event.title} 第${session.number}回`}>
      <Heading>
        {session.event.title} 第{session.number}回
      </Heading>
      <dl className="facts">
        <dt>日にち</dt>
        <dd><EraDate value={session.date} /></dd>
        <dt>時間</dt>
        <dd>{session.startTime}〜{session.endTime}</dd>
        <dt>会場</dt>
        <dd>{session.venue}</dd>
        {session.invitedCouncils.length > 0 && (
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
        <a href={`/events/${session.event.slug}/sessions/${session.number}.ics`} download>
          カレンダーに入れる（{session.event.title} 第{session.number}回の予定ファイル）
        </a>
      </p>
    </section>
  )
}
