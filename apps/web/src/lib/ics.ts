import { japanDay, type PublicEvent, type PublicSession } from '@oneheart/contract'

/** Text as an iCalendar value: backslash, semicolon, comma and newlines escaped. */
// A bare CR ends a line for some readers too, so it is escaped like LF and CRLF (RFC 5545 §3.3.11).
const escapeText = (text: string) => text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n')

/** UTC in iCalendar's basic form, 20261208T040000Z. */
const utc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** The Japan-time day of an instant in iCalendar's DATE form, 20261208. */
const japanDate = (instant: number) => japanDay(new Date(instant)).replace(/-/g, '')

/** A timed session starts and ends at instants; one known by its day or month alone is all-day (its end day exclusive). */
function when(session: PublicSession): string[] {
  if (session.startTime) return [`DTSTART:${utc(session.startsAt)}`, `DTEND:${utc(session.endsAt)}`]
  const end = new Date(session.endsAt).getTime() + 60_000
  return [`DTSTART;VALUE=DATE:${japanDate(new Date(session.startsAt).getTime())}`, `DTEND;VALUE=DATE:${japanDate(end)}`]
}

/** Lines longer than 75 octets are folded (RFC 5545 §3.1), never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  for (const char of line) {
    if (encoder.encode(current + char).length > (parts.length ? 74 : 75)) {
      parts.push(current)
      current = ''
    }
    current += char
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** One session as a calendar file a phone or PC calendar can import. */
export function sessionCalendar(event: PublicEvent, session: PublicSession, siteUrl: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//One Heart//めざせ！ワンハート//JA',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:event-${event.id}-session-${session.number}@oneheart`,
    `DTSTAMP:${utc(event.updatedAt)}`,
    ...when(session),
    `SUMMARY:${escapeText(`${event.title} 第${session.number}回`)}`,
    `LOCATION:${escapeText(session.venue)}`,
    `DESCRIPTION:${escapeText([event.purpose, session.note, event.contact && `問い合わせ: ${event.contact}`].filter(Boolean).join('\n'))}`,
    `URL:${siteUrl}/events#${event.slug}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return `${lines.map(fold).join('\r\n')}\r\n`
}
