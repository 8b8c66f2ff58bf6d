import type { PublicEvent } from '@oneheart/contract'
import { EraDate, EventFacts } from '@oneheart/ui'
import { Link } from '~/components/Link'
import { firstSessionDate } from '~/lib/companions'
import { SessionCard } from './SessionCard'

/** Text typed as several lines (often "・" bullets) stays several lines; one line stays a sentence. */
function Lines({ text }: { text: string }) {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[・•]\s*/, '').trim())
    .filter(Boolean)
  if (lines.length < 2) return <>{lines[0] ?? ''}</>
  return (
    <ul className="plain-lines">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  )
}

/** An announced event inside its article, as the paper boxes it: purpose, theme, capacity, contact, then every session. */
export function EventDetails({ event, headingLevel }: { event: PublicEvent; headingLevel: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const
  const first = firstSessionDate(event)
  const headingId = `event-${event.slug}`
  return (
    <section className="event-details" aria-labelledby={headingId}>
      <Heading id={headingId}>
        {event.title}
        {first && (
          <span className="event-details__date">
            （<EraDate value={first} />
            から）
          </span>
        )}
      </Heading>
      <EventFacts event={event} className="facts" text={(typed) => <Lines text={typed} />} />
      {event.sessions.map((session) => (
        <SessionCard key={session.number} session={{ ...session, event }} headingLevel={(headingLevel + 1) as 3 | 4 | 5} titled={false} />
      ))}
      <p>
        <Link href={`/events#${event.slug}`}>イベントの一覧で見る</Link>
      </p>
    </section>
  )
}
