import { cookies } from 'next/headers'

/** Text sizes a reader can choose; remembered in a cookie so it works without JavaScript. */
export const TEXT_SIZES = { standard: '標準', large: '大きく', larger: 'もっと大きく' } as const
export type TextSize = keyof typeof TEXT_SIZES
export const CONTRASTS = { normal: '通常', high: '白黒はっきり' } as const
export type Contrast = keyof typeof CONTRASTS

export const PREFERENCE_COOKIE = { size: 'oh-text-size', contrast: 'oh-contrast' } as const

export async function readerPreferences(): Promise<{ size: TextSize; contrast: Contrast }> {
  const jar = await cookies()
  const size = jar.get(PREFERENCE_COOKIE.size)?.value
  const contrast = jar.get(PREFERENCE_COOKIE.contrast)?.value
  return {
    size: size && size in TEXT_SIZES ? (size as TextSize) : 'standard',
    contrast: contrast && contrast in CONTRASTS ? (contrast as Contrast) : 'normal',
  }
}
