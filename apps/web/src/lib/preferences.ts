import { cookies } from 'next/headers'

/** Text sizes a reader can choose; remembered in a cookie so it works without JavaScript. */
export const TEXT_SIZES = { standard: '標準', large: '大きく', larger: 'もっと大きく' } as const
export type TextSize = keyof typeof TEXT_SIZES
export const CONTRASTS = { normal: '通常', high: '白黒はっきり' } as const
export type Contrast = keyof typeof CONTRASTS

export const FURIGANA = { off: 'なし', on: 'あり' } as const
export type Furigana = keyof typeof FURIGANA

export const PREFERENCE_COOKIE = { size: 'oh-text-size', contrast: 'oh-contrast', furigana: 'oh-furigana' } as const

export interface ReaderPreferences {
  size: TextSize
  contrast: Contrast
  furigana: Furigana
}

export async function readerPreferences(): Promise<ReaderPreferences> {
  const jar = await cookies()
  const pick = <T extends string>(name: string, allowed: Record<T, string>, fallback: T): T => {
    const value = jar.get(name)?.value
    return value && value in allowed ? (value as T) : fallback
  }
  return {
    size: pick(PREFERENCE_COOKIE.size, TEXT_SIZES, 'standard'),
    contrast: pick(PREFERENCE_COOKIE.contrast, CONTRASTS, 'normal'),
    furigana: pick(PREFERENCE_COOKIE.furigana, FURIGANA, 'off'),
  }
}
