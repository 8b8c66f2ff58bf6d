import { launchChromium } from '@oneheart/chromium'
import type { Browser } from 'playwright-core'

let warm: Promise<Browser> | undefined

/** One Chromium for the life of the server: a cold start costs seconds, a new page milliseconds. */
export function browser(): Promise<Browser> {
  warm ??= launchChromium().then(
    (launched) => {
      launched.on('disconnected', () => (warm = undefined))
      return launched
    },
    (error: unknown) => {
      // A failed launch is retried by the next request, not remembered forever.
      warm = undefined
      throw error
    },
  )
  return warm
}

/** Renders at once at most; further requests wait their turn (two cores, one Chromium). */
const MAX_CONCURRENT_RENDERS = 2
let running = 0
const waiting: (() => void)[] = []

async function withRenderSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_RENDERS) await new Promise<void>((resolve) => waiting.push(resolve))
  running += 1
  try {
    return await work()
  } finally {
    running -= 1
    waiting.shift()?.()
  }
}

export function renderPdf(url: string): Promise<Buffer> {
  return withRenderSlot(() => renderPage(url))
}

async function renderPage(url: string): Promise<Buffer> {
  const context = await (await browser()).newContext()
  try {
    const page = await context.newPage()
    const response = await page.goto(url, { waitUntil: 'networkidle' })
    if (!response?.ok()) throw new Error(`Preview ${url} answered ${response?.status()}`)
    await page.evaluate(() => document.fonts.ready)
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true })
  } finally {
    await context.close()
  }
}

export async function closeBrowser(): Promise<void> {
  if (warm) await (await warm).close()
}
