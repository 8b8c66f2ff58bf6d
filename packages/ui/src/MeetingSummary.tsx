import { jaLabel, MEETING_KINDS, type PublicMeeting, WORKING_GROUPS } from '@oneheart/contract'
import { formatEraDate } from './dates.ts'
import { EraDate } from './EraDate.tsx'
import { circledNumber, groupMeetingItems, meetingMonths, outcomeLines } from './meetingOrder.ts'

type Level = 2 | 3 | 4
const heading = (level: number) => `h${Math.min(level, 6)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6'

/** The title unless it only repeats the month and the kind, as "6月 住民企画会議" does. */
function meetingHeading(meeting: PublicMeeting): string {
  const kind = jaLabel(MEETING_KINDS, meeting.kind)
  const rest = meeting.title
    .replace(/^\s*\d{1,2}月\s*/, '')
    .replace(kind, '')
    .trim()
  return rest ? meeting.title : kind
}

/**
 * Several first-layer meetings in the paper's order: by month, 住民企画会議 before 事業推進会議
 * within a month, each summarised by MeetingSummary under its month's heading. A record of
 * many months (`newestFirst`) starts from the latest month, each month still in the paper's order.
 */
export function MeetingSummaries({
  meetings,
  headingLevel = 3,
  newestFirst = false,
}: {
  meetings: PublicMeeting[]
  headingLevel?: Level
  newestFirst?: boolean
}) {
  if (meetings.length === 0) return null
  const Heading = heading(headingLevel)
  const months = meetingMonths(meetings)
  return (
    <div className="meeting-summaries">
      {(newestFirst ? months.reverse() : months).map(({ month, meetings: held }) => (
        <section key={month} className="meeting-month">
          <Heading className="meeting-month__heading">{formatEraDate(month)}</Heading>
          {held.map((meeting) => (
            <MeetingSummary key={meeting.id} meeting={meeting} headingLevel={(headingLevel + 1) as Level} />
          ))}
        </section>
      ))}
    </div>
  )
}

/** One meeting as the newsletter summarises it: items numbered ①②③, each "→" outcome on its own line, grouped by working group. */
export function MeetingSummary({ meeting, headingLevel = 3 }: { meeting: PublicMeeting; headingLevel?: Level | 5 }) {
  const Heading = heading(headingLevel)
  const GroupHeading = heading(headingLevel + 1)
  return (
    <section className="meeting-summary">
      <Heading className="meeting-summary__heading">
        {meetingHeading(meeting)}
        <span className="meeting-summary__meta">
          （<EraDate value={meeting.heldOn} weekday={false} />）
        </span>
      </Heading>
      {groupMeetingItems(meeting.items).map(({ group, items }) => (
        <div key={group ?? 'all'} className="meeting-summary__part">
          {group && <GroupHeading className="meeting-summary__group">{jaLabel(WORKING_GROUPS, group)}</GroupHeading>}
          <ol className="meeting-summary__items">
            {items.map((item, index) => (
              <li key={index}>
                {/* The list itself tells a screen reader the number; the circle is for the eye. */}
                <span className="meeting-summary__number" aria-hidden="true">
                  {circledNumber(index + 1)}
                </span>
                {item.topic}
                {outcomeLines(item.outcome).length > 0 && (
                  <ul className="meeting-summary__outcomes">
                    {outcomeLines(item.outcome).map((line, lineIndex) => (
                      <li key={lineIndex} className="meeting-summary__outcome">
                        → {line}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  )
}
