import { jaLabel, MEETING_KINDS, WORKING_GROUPS } from '@oneheart/schema'
import type { PublicMeeting } from '@oneheart/schema/public'
import { EraDate } from './EraDate.tsx'

/** A first-layer meeting as the newsletter summarises it: numbered items, each with its "→" outcome. */
export function MeetingSummary({ meeting, headingLevel = 3 }: { meeting: PublicMeeting; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const
  return (
    <section className="meeting-summary">
      <Heading className="meeting-summary__heading">
        {meeting.title}
        <span className="meeting-summary__meta">
          （<EraDate value={meeting.heldOn} weekday={false} />・{jaLabel(MEETING_KINDS, meeting.kind)}）
        </span>
      </Heading>
      <ol className="meeting-summary__items">
        {meeting.items.map((item, index) => (
          <li key={index}>
            {item.group && <span className="meeting-summary__group">［{jaLabel(WORKING_GROUPS, item.group)}］</span>}
            {item.topic}
            {item.outcome && <p className="meeting-summary__outcome">→ {item.outcome}</p>}
          </li>
        ))}
      </ol>
    </section>
  )
}
