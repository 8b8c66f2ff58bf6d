import { launchChromium } from '@oneheart/chromium'
import { printEnv } from '@oneheart/env'
import type { Browser, Route } from 'playwright-core'
import { readAsset } from './assets.ts'

let warm: Promise<Browser> | undefined

/** One Chromium for the life of the process: a cold start costs seconds, a new page milliseconds. */
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

export async function closeBrowser(): Promise<void> {
  const open = warm
  warm = undefined
  if (open) await (await open).close().catch(() => {})
}

/** At most this many pages render at once; further requests wait their turn (two cores, one Chromium). */
const MAX_CONCURRENT_RENDERS = printEnv().PRINT_CONCURRENCY
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

/** A photo the page could not load: named so the editor knows which file to fix. */
export class MissingImagesError extends Error {
  constructor(readonly images: string[]) {
    super(`画像を読み込めませんでした: ${images.join('、')}`)
  }
}

// The document and its assets are served to Chromium from memory and disk: no server needed.
const DOCUMENT_ORIGIN = 'http://print.oneheart.invalid'

function serveFrom(html: string) {
  return async (route: Route) => {
    const url = new URL(route.request().url())
    if (url.origin !== DOCUMENT_ORIGIN) return route.continue()
    if (url.pathname === '/document') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    const asset = await readAsset(url.pathname)
    return asset ? route.fulfill({ status: 200, contentType: asset.type, body: asset.body }) : route.fulfill({ status: 404, body: '' })
  }
}

/** A piece that must fit one sheet (a flyer): the size of the page's box inside its margins. */
export interface FitOnePage {
  widthMm: number
  heightMm: number
}

const PX_PER_MM = 96 / 25.4

/** Shrinks the document until it fits one page box: a long sessions table stays on one flyer. */
async function fitOnePage(page: import('playwright-core').Page, fit: FitOnePage) {
  await page.setViewportSize({ width: Math.floor(fit.widthMm * PX_PER_MM), height: Math.floor(fit.heightMm * PX_PER_MM) })
  await page.emulateMedia({ media: 'print' })
  await page.evaluate((boxHeight) => {
    const root = document.documentElement
    const fits = (zoom: number) => {
      root.style.zoom = String(zoom)
      // The box's height is measured after zoom (scrollHeight would be clamped to the viewport).
      return root.getBoundingClientRect().height <= boxHeight * 0.98
    }
    if (fits(1)) return
    // Shrinking also widens the lines, so the right zoom is found by bisection, not one division.
    let low = 0.3
    let high = 1
    for (let step = 0; step < 8; step += 1) {
      const middle = (low + high) / 2
      if (fits(middle)) low = middle
      else high = middle
    }
    fits(low)
  }, fit.heightMm * PX_PER_MM)
}

/** Prints an HTML document to an A4 PDF, after its fonts and every photo have loaded. */
export function renderPdf(html: string, options: { fitOnePage?: FitOnePage } = {}): Promise<Buffer> {
  return withRenderSlot(async () => {
    const context = await (await browser()).newContext()
    try {
      const page = await context.newPage()
      await page.route('**/*', serveFrom(html))
      await page.goto(`${DOCUMENT_ORIGIN}/document`, { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready)
      const broken = await page.$$eval('img', (images) =>
        images.filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.dataset.name ?? img.getAttribute('src') ?? '?'),
      )
      if (broken.length > 0) throw new MissingImagesError(broken)
      if (options.fitOnePage) await fitOnePage(page, options.fitOnePage)
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true })
    } finally {
      await context.close()
    }
  })
}
