// The admin screen's one call: POST /api/archive/import with the editor's session cookie.
import type { ImportResult } from '@oneheart/archive/result'
import type { Corrections } from './review.ts'

export const IMPORT_ENDPOINT = '/api/archive/import'

export type Send = { dryRun: true } | { dryRun: false; publish: boolean; corrections: Corrections }

/** The multipart body the endpoint reads (docs/api.md): the PDF and, when confirming, the corrections. */
export function importForm(file: File, send: Send): FormData {
  const form = new FormData()
  form.append('file', file, file.name)
  form.append('dryRun', String(send.dryRun))
  if (send.dryRun) return form
  const { number, issuedOn, title, articles } = send.corrections
  form.append('publish', String(send.publish))
  if (number !== undefined) form.append('number', String(number))
  if (issuedOn !== undefined) form.append('issuedOn', issuedOn)
  if (title !== undefined) form.append('title', title)
  if (articles !== undefined) form.append('articles', JSON.stringify(articles))
  return form
}

/** A failure the screen shows like the endpoint's own refusals. */
const failed = (reason: string): ImportResult => ({ status: 'failed', articles: 0, pages: 0, ocrPages: 0, warnings: [], reason })

const REASON_BY_STATUS: Record<number, string> = {
  401: 'ログインが切れました。もう一度ログインしてから選び直してください。',
  403: '過去の号を取り込めるのは編集者と管理者だけです。',
  413: 'ファイルが大きすぎます。',
}

/**
 * Sends one PDF and reads the answer. Whatever happens (no network, a proxy's HTML error page,
 * a login that expired) the screen gets an ImportResult with a Japanese reason to show.
 */
export async function sendForImport(file: File, send: Send): Promise<ImportResult> {
  let response: Response
  try {
    response = await fetch(IMPORT_ENDPOINT, { method: 'POST', credentials: 'include', body: importForm(file, send) })
  } catch {
    return failed('サーバーにつながりませんでした。ネットワークを確かめて、もう一度お試しください。')
  }
  const answer = (await response.json().catch(() => null)) as (Partial<ImportResult> & { errors?: { message?: string }[] }) | null
  if (answer && typeof answer.status === 'string') return answer as ImportResult
  const reason =
    answer?.reason ?? answer?.errors?.[0]?.message ?? REASON_BY_STATUS[response.status] ?? `取り込めませんでした（サーバーの応答 ${response.status}）。`
  return failed(reason)
}
