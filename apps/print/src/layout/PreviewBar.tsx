import { EDITION_NAMES, EDITIONS, type Edition } from './editions.ts'

export interface PreviewStatus {
  pages: number | null
  plannedPages: number | null
  problem: string | null
}

/** Shown above the page on screen only: the editions, the PDF, the public address the paper prints, and whether the issue fits its planned pages. */
export function PreviewBar({
  base,
  edition,
  query,
  status,
  draft,
  printedUrl,
}: {
  base: string
  edition: Edition | 'flyer'
  query: string
  status: PreviewStatus
  draft: boolean
  printedUrl: string
}) {
  const { pages, plannedPages, problem } = status
  const overflow = pages !== null && plannedPages !== null && pages > plannedPages
  return (
    <section className="preview-bar" aria-label="印刷プレビュー">
      <p>
        <strong>印刷プレビュー{draft ? '（下書きを含む）' : ''}</strong>　
        {edition === 'flyer'
          ? 'A4 1枚のお知らせ'
          : EDITIONS.map((name) => (
              <span key={name}>
                {name === edition ? <strong>{EDITION_NAMES[name]}</strong> : <a href={`${base}/${name}${query}`}>{EDITION_NAMES[name]}</a>}　
              </span>
            ))}
        <a href={`${base}/${edition}.pdf${query}`}>PDFを開く</a>
        {pages !== null && `　全${pages}ページ`}
        {plannedPages !== null && `（予定 ${plannedPages}ページ）`}
      </p>
      <p className="preview-bar__address">
        紙面とQRコードのアドレス：<code>{printedUrl}</code>
      </p>
      {overflow && (
        <p className="preview-bar__warning" role="alert">
          予定の{plannedPages}ページに収まっていません（{pages}ページになります）。記事や写真を減らすか、予定ページ数を見直してください。
        </p>
      )}
      {problem && (
        <p className="preview-bar__error" role="alert">
          {problem}
        </p>
      )}
    </section>
  )
}
