import type { PublicEvent, PublicSession } from '@oneheart/schema/public'

/** Text as an iCalendar value: backslash, semicolon, comma and newlines escaped. */
const escapeText = (text: string) => text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n')

/** UTC in iCalendar's basic form, 20261208T040000Z. */
const utc = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

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
    `DTSTART:${utc(session.startsAt)}`,
    `DTEND:${utc(session.endsAt)}`,
    `SUMMARY:${escapeText(`${event.title} 第${session.number}回`)}`,
    `LOCATION:${escapeText(session.venue)}`,
    `DESCRIPTION:${escapeText([event.purpose, session.note, event.contact && `問い合わせ: ${event.contact}`].filter(Boolean).join('\n'))}`,
    `URL:${siteUrl}/events#${event.slug}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(fold).join('\r\n') + '\r\n'
}
