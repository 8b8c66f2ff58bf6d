import { execFileSync } from 'node:child_process'
import { chromiumExecutable, QUIET_FLAGS } from '@oneheart/chromium'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

/** One Lighthouse run of one page: the figures the issue sets targets for. */
export type LighthouseFigures = {
  performance: number
  accessibility: number
  firstContentfulPaintMs: number
  largestContentfulPaintMs: number
  cumulativeLayoutShift: number
  totalBlockingTimeMs: number
  transferKiB: number
}

/**
 * Lighthouse's mobile defaults (a mid-range phone: simulated slow 4G, 150 ms round trips and a
 * CPU four times slower), run in the Chromium the project ships. Each page is run `runs` times
 * in a fresh Chromium and the median of each figure is kept, as Lighthouse's own docs advise.
 */
export async function lighthouseMedians(url: string, runs = 3): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = []
  for (let run = 0; run < runs; run += 1) results.push(await lighthouseOnce(url))
  const median = (key: keyof LighthouseFigures) => {
    const sorted = results.map((figures) => figures[key]).sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
  }
  const keys = Object.keys(results[0] ?? {}) as (keyof LighthouseFigures)[]
  return Object.fromEntries(keys.map((key) => [key, median(key)])) as unknown as LighthouseFigures
}

/**
 * Every phone has a Japanese font of its own, in which the site paints before its web font
 * arrives. The Chromium from npm sees only the fonts it ships, none of them Japanese, and would
 * wait for the web font: Lighthouse runs it on the system's fonts (Debian's fonts-noto-cjk is
 * what Android phones carry). Undefined when the system has no Japanese font.
 */
export function systemJapaneseFont(): string | undefined {
  try {
    const families = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.split(',')[0]?.trim() ?? '')
      .filter(Boolean)
    // The one a page's sans-serif text falls back to, where there is one.
    return families.find((family) => /sans|gothic/i.test(family) && !/mono/i.test(family) && /JP|Japanese/i.test(family)) ?? families[0]
  } catch {
    return undefined
  }
}

async function lighthouseOnce(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumExecutable(),
    chromeFlags: ['--headless=new', ...QUIET_FLAGS],
    envVars: { ...process.env, FONTCONFIG_PATH: '/etc/fonts' },
    logLevel: 'silent',
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance', 'accessibility'] })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { categories, audits, runtimeError } = result.lhr
    if (runtimeError) throw new Error(`Lighthouse could not run ${url}: ${runtimeError.message}`)
    const value = (audit: string) => audits[audit]?.numericValue ?? Number.NaN
    return {
      performance: Math.round((categories.performance?.score ?? Number.NaN) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? Number.NaN) * 100),
      firstContentfulPaintMs: value('first-contentful-paint'),
      largestContentfulPaintMs: value('largest-contentful-paint'),
      cumulativeLayoutShift: value('cumulative-layout-shift'),
      totalBlockingTimeMs: value('total-blocking-time'),
      transferKiB: value('total-byte-weight') / 1024,
    }
  } finally {
    chrome.kill()
  }
}
