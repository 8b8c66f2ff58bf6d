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

/** Every choice a reader has, by setting, and what a reader who chose nothing gets. */
export const PREFERENCE_CHOICES = { size: TEXT_SIZES, contrast: CONTRASTS, furigana: FURIGANA } as const
export type Setting = keyof typeof PREFERENCE_CHOICES
export const DEFAULT_PREFERENCES: ReaderPreferences = { size: 'standard', contrast: 'normal', furigana: 'off' }

/** Whether `value` is one of the setting's choices (its own keys only: "toString" is not). */
export function isChoice<S extends Setting>(setting: S, value: string): value is keyof (typeof PREFERENCE_CHOICES)[S] & string {
  return Object.hasOwn(PREFERENCE_CHOICES[setting], value)
}

/**
 * A "look": the reader's choices as one path segment. The site's rewrites (lookRewrites.ts)
 * put it in front of every page path, so each combination is its own cached page and nothing
 * needs the cookie at render time.
 */
export function lookOf(preferences: ReaderPreferences): string {
  return `${preferences.size}-${preferences.contrast}-${preferences.furigana}`
}

export function parseLook(look: string): ReaderPreferences | null {
  const [size, contrast, furigana, ...rest] = look.split('-')
  if (rest.length || !size || !contrast || !furigana) return null
  if (!isChoice('size', size) || !isChoice('contrast', contrast) || !isChoice('furigana', furigana)) return null
  return { size, contrast, furigana }
}
