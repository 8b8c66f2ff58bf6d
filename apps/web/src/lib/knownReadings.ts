import 'server-only'
import { api } from './api'

const REFRESH_MS = 10 * 60_000
let cached: { at: number; readings: Promise<Map<string, string>> } | undefined

async function load(): Promise<Map<string, string>> {
  const caller = await api()
  const [councils, districts] = await Promise.all([caller.councils.list({}), caller.districts.list()])
  return new Map([...councils, ...districts].flatMap((area) => (area.reading ? [[area.name, area.reading] as const] : [])))
}

/**
 * Readings the editors gave council and district names in the CMS (よみがな): furigana uses them
 * over the dictionary's, which reads Takasaki's 八幡 as やはた. Kept for ten minutes.
 */
export function knownReadings(): Promise<Map<string, string>> {
  if (!cached || Date.now() - cached.at > REFRESH_MS) {
    const readings = load().catch(() => {
      // Without them the dictionary's readings serve; the next page asks again.
      cached = undefined
      return new Map<string, string>()
    })
    cached = { at: Date.now(), readings }
  }
  return cached.readings
}
