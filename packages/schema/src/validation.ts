import type { CollectionSlug, PayloadRequest } from 'payload'

/** 24-hour clock time such as 09:30. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/
/** Japanese phone numbers as printed in the newsletter: 027-321-1234, 0120-00-0000, 090-1234-5678. */
export const PHONE_PATTERN = /^0\d{1,4}-\d{1,4}-\d{3,4}$/
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const messages = {
  required: '入力してください。',
  time: '時刻は「09:30」のように24時間表記で入力してください。',
  endBeforeStart: '終了時刻は開始時刻より後にしてください。',
  phone: '電話番号は「027-321-1234」のようにハイフン区切りで入力してください。',
  slug: 'URL用の名前は半角英小文字・数字・ハイフンで入力してください（例: yawata-salon）。',
  unknown: (what: string) => `指定された${what}が見つかりません。一覧から選び直してください。`,
  altRequired: '画像の説明（代替テキスト）を入力してください。画面読み上げを使う読者のために必要です。',
} as const

type Validation = true | string

export function validateTime(value: unknown): Validation {
  if (value == null || value === '') return messages.required
  return typeof value === 'string' && TIME_PATTERN.test(value) ? true : messages.time
}

export function validateOptionalPhone(value: unknown): Validation {
  if (value == null || value === '') return true
  return typeof value === 'string' && PHONE_PATTERN.test(value) ? true : messages.phone
}

/** Minutes since midnight for a valid HH:mm string. */
export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return hours * 60 + minutes
}

function idsOf(value: unknown): (number | string)[] {
  const list = Array.isArray(value) ? value : value == null || value === '' ? [] : [value]
  return list.map((item) => (typeof item === 'object' && item && 'id' in item ? (item as { id: number }).id : item))
}

/**
 * Refuses relationship values that point at no record, with a message an editor understands,
 * instead of letting the database's foreign key answer with an error.
 */
export async function validateExisting(
  value: unknown,
  req: PayloadRequest,
  collection: CollectionSlug,
  what: string,
): Promise<Validation> {
  const ids = idsOf(value)
  if (ids.length === 0) return true
  if (ids.some((id) => !Number.isInteger(Number(id)))) return messages.unknown(what)
  const { totalDocs } = await req.payload.count({
    collection,
    where: { id: { in: ids } },
    req,
    overrideAccess: true,
  })
  return totalDocs === new Set(ids.map(String)).size ? true : messages.unknown(what)
}
