import { jaLabel, PRINT_EDITIONS, type PrintEdition, valuesOf } from '@oneheart/contract'

/** The printed variants of an issue: the same content, three layouts. */
export const EDITIONS = valuesOf(PRINT_EDITIONS)
export type Edition = PrintEdition

const DETAILS: Record<Edition, string> = { standard: 'カラー・A4', large: '大きな文字・1段組み', mono: 'コピー機向け' }

/** Each edition's name with what sets it apart, for the print app's own pages: 通常版（カラー・A4）. */
export const EDITION_NAMES = Object.fromEntries(EDITIONS.map((edition) => [edition, `${jaLabel(PRINT_EDITIONS, edition)}（${DETAILS[edition]}）`])) as Record<
  Edition,
  string
>

/** For messages that tell the reader what they may ask for: standard（通常版）・large（拡大版）・mono（白黒版）. */
export const EDITION_CHOICES = EDITIONS.map((edition) => `${edition}（${jaLabel(PRINT_EDITIONS, edition)}）`).join('・')

export function isEdition(value: string): value is Edition {
  return (EDITIONS as readonly string[]).includes(value)
}

/** Each edition's own stylesheet, loaded after the shared one. */
export function stylesheetsOf(edition: Edition | 'flyer'): string[] {
  const extra = edition === 'standard' ? [] : [`/styles/${edition}.css`]
  return ['/fonts/biz-udpgothic/400.css', '/fonts/biz-udpgothic/700.css', '/fonts/biz-udmincho/400.css', '/styles/edition.css', '/styles/blocks.css', ...extra]
}
