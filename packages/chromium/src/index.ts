import { existsSync } from 'node:fs'
import { engineEnv } from '@oneheart/env'
import { type Browser, chromium } from 'playwright-core'

/** Flags that keep Chromium from reaching for the network; this machine has none to offer. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
]

/**
 * Which Chromium to drive: CHROMIUM_PATH, else the headless build shipped inside the
 * @sparticuz/chromium npm package (unpacked to /tmp on first use). Never a download.
 */
export async function chromiumExecutable(): Promise<string> {
  const configured = engineEnv().CHROMIUM_PATH
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH points at ${configured}, which does not exist`)
    return configured
  }
  const { default: packaged } = await import('@sparticuz/chromium')
  return packaged.executablePath()
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), headless: true, args: QUIET_FLAGS })
}
