/**
 * Lists the upcoming event sessions from a running One Heart server — what a welfare council
 * might show on its own site.
 *
 *   npx tsx examples/upcoming-sessions.ts [http://localhost:3000/api/trpc]
 */
import { createClient } from '@oneheart/api'

const url = process.argv[2] ?? 'http://localhost:3000/api/trpc'
const api = createClient(url, { apiKey: process.env.ONEHEART_API_KEY })

const weekday = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', month: 'long', day: 'numeric', weekday: 'short' })
const sessions = await api.events.upcoming.query({ limit: 20 })
if (sessions.length === 0) console.log('これから開かれる催しはありません。')
for (const session of sessions) {
  const councils = session.invitedCouncils.map((council) => council.name).join('・') || 'どなたでも'
  console.log(
    `${weekday.format(new Date(session.startsAt))} ${session.startTime ? `${session.startTime}〜${session.endTime ?? ''}` : '（時間未定）'}  ${session.event.title}（第${session.number}回）`,
  )
  console.log(`    会場: ${session.venue}　対象: ${councils}`)
}
