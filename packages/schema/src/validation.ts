import type { CollectionSlug, PayloadRequest } from 'payload'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const messages = {
  required: '入力してください。',
  requiredField: (field: string) => `「${field}」を入力してください。`,
  timeOf: (field: string) => `「${field}」は「9:30」「10時半」「午後1時」のように時刻を入力してください。`,
  endBeforeStart: '終了時刻は開始時刻より後にしてください。',
  endWithoutStart: '終了時刻だけでは載せられません。開始時刻も入力してください。',
  phoneOf: (field: string) => `「${field}」は「027-321-1234」のように、市外局番・市内局番・番号を区切って入力してください（全角でもかまいません）。`,
  number: (field: string, example: string) => `「${field}」は数字で入力してください（例: ${example}）。`,
  option: (field: string, choices: string) => `「${field}」は次から選んでください: ${choices}`,
  slug: 'URL用の名前は半角英小文字・数字・ハイフンで入力してください（例: yawata-salon）。',
  unknown: (what: string) => `指定された${what}が見つかりません。一覧から選び直してください。`,
  altRequired: '画像の説明（代替テキスト）を入力してください。画面読み上げを使う読者のために必要です。',
} as const

type Validation = true | string

function idsOf(value: unknown): (number | string)[] {
  const list = Array.isArray(value) ? value : value == null || value === '' ? [] : [value]
  return list.map((item) => (typeof item === 'object' && item && 'id' in item ? (item as { id: number }).id : item))
}

/**
 * Refuses relationship values that point at no record, with a message an editor understands,
 * instead of letting the database's foreign key answer with an error.
 */
export async function validateExisting(value: unknown, req: PayloadRequest, collection: CollectionSlug, what: string): Promise<Validation> {
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
