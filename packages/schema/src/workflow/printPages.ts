import { serverEnv } from '@oneheart/env'
import { previewToken } from '@oneheart/tokens'

export type PrintPageCount = { pages: number; plannedPages: number | null; overflow: boolean } | { error: string }

/** The print app's preview link for an issue's drafts, signed for one editor. */
export function printPreviewUrl(secret: string, number: number, userId: number, edition: string, suffix = ''): string {
  const token = previewToken(secret, `issue:${number}`, userId)
  return `${serverEnv().PRINT_URL.replace(/\/$/, '')}/issues/${number}/${edition}${suffix}?preview=${encodeURIComponent(token)}`
}

/** The standard edition's page count with drafts, as the print app measures it (it renders or reads its cache). */
export async function printPageCount(secret: string, number: number, userId: number, timeoutMs = 8000): Promise<PrintPageCount> {
  try {
    const response = await fetch(printPreviewUrl(secret, number, userId, 'standard', '.json'), { signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' })
    if (!response.ok) return { error: `印刷アプリが ${response.status} を返しました。` }
    return (await response.json()) as PrintPageCount
  } catch {
    return { error: '印刷アプリに届きませんでした。' }
  }
}
