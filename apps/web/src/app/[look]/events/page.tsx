import type { PublicUpcomingSession } from '@oneheart/contract'
import { EraDate } from '@oneheart/ui'
import type { Metadata } from 'next'
import { SessionCard } from '~/components/SessionCard'
import { api } from '~/lib/api'
import { firstSessionDate } from '~/lib/companions'

export const metadata: Metadata = { title: 'イベント' }

export default async function EventsPage() {
  const events = await (await api()).events.list({ limit: 100 })
  const now = Date.now()
  const sessions: PublicUpcomingSession[] = events.flatMap((event) =>
    event.sessions.map((session) => ({ ...session, event: { id: event.id, slug: event.slug, title: event.title } })),
  )
  const upcoming = sessions.filter((session) => Date.parse(session.endsAt) >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const past = sessions.filter((session) => Date.parse(session.endsAt) < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt))
  return (
    <>
      <h1>イベント</h1>
      {events.map((event) => (
        <section key={event.id} id={event.slug} aria-labelledby={`event-${event.id}`}>
          <h2 id={`event-${event.id}`}>
            {event.title}
            {firstSessionDate(event) && (
              <span className="event-details__date">
                （<EraDate value={firstSessionDate(event)!} />
                から）
              </span>
            )}
          </h2>
          {event.purpose && <p className="keep-lines">{event.purpose}</p>}
          {event.contact && <p>問い合わせ：{event.contact}</p>}
        </section>
      ))}
      <h2>これからの日程</h2>
      {upcoming.length ? (
        upcoming.map((session) => <SessionCard key={`${session.event.id}-${session.number}`} session={session} />)
      ) : (
        <p>これからの予定はありません。</p>
      )}
      <h2>終わった日程</h2>
      {past.length ? past.map((session) => <SessionCard key={`${session.event.id}-${session.number}`} session={session} />) : <p>まだありません。</p>}
    </>
  )
}
