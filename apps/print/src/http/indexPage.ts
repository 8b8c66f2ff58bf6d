import type { ContentSource } from '../content/sources.ts'
import { EDITION_NAMES, EDITIONS } from '../layout/editions.ts'
import { escapeHtml } from './respond.ts'

/** The print app's front page: every published issue with its editions. */
export async function indexPage(source: ContentSource): Promise<string> {
  const numbers = await source.latestIssueNumbers(100)
  const rows = numbers
    .map((number) => {
      const links = EDITIONS.map(
        (e) => `<a href="/issues/${number}/${e}">${escapeHtml(EDITION_NAMES[e])}</a>（<a href="/issues/${number}/${e}.pdf">PDF</a>）`,
      ).join('　')
      return `<li>第${number}号　${links}</li>`
    })
    .join('')
  return `<!doctype html><html lang="ja"><meta charset="utf-8"><title>印刷用 紙面</title><body style="font:16px/1.7 sans-serif;margin:2em"><h1>印刷用 紙面</h1><ul>${rows}</ul><p>催しのお知らせ（A4 1枚）は /events/{番号}/flyer で開けます。</p></body></html>`
}
