/** The printed variants of an issue: the same content, three layouts. */
export const EDITIONS = ['standard', 'large', 'mono'] as const
export type Edition = (typeof EDITIONS)[number]

export const EDITION_NAMES: Record<Edition, string> = {
  standard: '通常版（カラー・A4）',
  large: '拡大版（大きな文字・1段組み）',
  mono: '白黒版（コピー機向け）',
}

export function isEdition(value: string): value is Edition {
  return (EDITIONS as readonly string[]).includes(value)
}

/** Each edition's own stylesheet, loaded after the shared one. */
export function stylesheetsOf(edition: Edition | 'flyer'): string[] {
  const extra = edition === 'standard' ? [] : [`/styles/${edition}.css`]
  return ['/fonts/biz-udpgothic/400.css', '/fonts/biz-udpgothic/700.css', '/fonts/biz-udmincho/400.css', '/styles/edition.css', ...extra]
}
