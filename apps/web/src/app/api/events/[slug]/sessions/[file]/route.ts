import { siteEnv } from '@oneheart/env'
import { TRPCError } from '@trpc/server'
import { api } from '~/lib/api'
import { sessionCalendar } from '~/lib/ics'

/** /api/events/{slug}/sessions/{number}.ics: one session for the reader's calendar. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params
  const number = /^(\d{1,3})\.ics$/.exec(file)?.[1]
  const missing = () => new Response('その予定は見つかりません。', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  if (!number || !/^[a-z0-9-]{1,80}$/.test(slug)) return missing()
  try {
    const event = await (await api()).events.bySlug({ slug })
    const session = event.sessions.find((candidate) => candidate.number === Number(number))
    if (!session) return missing()
    const site = siteEnv().WEB_URL
    return new Response(sessionCalendar(event, session, site), {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${slug}-${number}.ics"`,
      },
    })
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') return missing()
    throw error
  }
}
