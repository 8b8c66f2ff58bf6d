import type { PublicSearchType } from '@oneheart/contract'

/** How each kind of result is named to readers, in the order the tabs show them. */
export const SEARCH_TYPE_LABELS: Record<PublicSearchType, string> = {
  article: '記事',
  activity: '活動',
  event: 'イベント',
  council: '協議体',
  meeting: '話し合い',
  issue: '号',
}
