import type { PublicBackIssuePage } from '@oneheart/contract'
import { pageParagraphs } from '@oneheart/ui'
import { Furigana } from './Furigana'

/**
 * One page of a back issue: its heading, a small picture of the paper that opens the original
 * PDF, and the text read from it as paragraphs (furigana and text size like the site's other text).
 * `id="p2"` is where an article of the issue links to the page it starts on.
 */
export function BackIssuePage({ page, pdfUrl, on }: { page: PublicBackIssuePage; pdfUrl: string | null; on: boolean }) {
  const id = `p${page.number}`
  const paragraphs = pageParagraphs(page.text)
  const picture = page.thumbnailUrl && (
    <img
      src={page.thumbnailUrl}
      alt={pdfUrl ? `${page.number}ページの紙面（元のPDFを開きます）` : `${page.number}ページの紙面`}
      width={page.thumbnailWidth ?? undefined}
      height={page.thumbnailHeight ?? undefined}
      loading="lazy"
    />
  )
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="back-issue-page">
      <h2 id={`${id}-heading`}>{page.number}ページ</h2>
      {picture && <p className="back-issue-page__picture">{pdfUrl ? <a href={`${pdfUrl}#page=${page.number}`}>{picture}</a> : picture}</p>}
      {page.ocr && <p className="back-issue-page__note">このページは紙面の画像から文字を読み取りました。読み取りの誤りがあるかもしれません。</p>}
      {page.needsReview && <p className="back-issue-page__note">特に読み取りにくかったページです。正しい内容は元の紙面でお確かめください。</p>}
      {paragraphs.length > 0 ? (
        <div className="back-issue-page__text">
          {paragraphs.map((paragraph, index) => (
            <p key={index}>
              <Furigana text={paragraph} on={on} />
            </p>
          ))}
        </div>
      ) : (
        <p>このページからは文字を読み取れませんでした。紙面の画像か元のPDFでご覧ください。</p>
      )}
    </section>
  )
}
