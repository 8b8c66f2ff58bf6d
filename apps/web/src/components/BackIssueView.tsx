import type { PublicIssueEdition } from '@oneheart/contract'
import { IssueDate } from '@oneheart/ui'
import { Link } from '~/components/Link'
import { formatFileSize } from '~/lib/fileSize'
import { BackIssueMark } from './BackIssueMark'
import { BackIssuePage } from './BackIssuePage'
import { Greeting, RequestBox } from './IssueParts'

/**
 * A back issue (過去の号): an issue of the paper that One Heart knows from its PDF. The original
 * PDF and each page's text stand in for the laid-out articles; the articles found in it are
 * listed with the page each starts on. Their text is the pages' text, so it is not shown twice.
 */
export function BackIssueView({
  edition,
  on,
  articleHref,
}: {
  edition: PublicIssueEdition
  on: boolean
  articleHref: (article: { id: number; slug: string }) => string
}) {
  const { issue, articles } = edition
  const someByOcr = issue.pages.some((page) => page.ocr)
  const size = issue.pdfSize ? `、${formatFileSize(issue.pdfSize)}` : ''
  return (
    <div className="issue back-issue">
      <h1>{issue.title}</h1>
      <p>
        <BackIssueMark /> <IssueDate value={issue.issuedOn} />
      </p>
      <div className="notice">
        <p>この号は、紙で発行した号のPDFから文字を読み取って載せています。</p>
        {someByOcr && <p>紙面の画像から文字を読み取ったページには、読み取りの誤りがあるかもしれません。</p>}
        {issue.pdfUrl && <p>正しい内容は、元の紙面（PDF）でお確かめください。</p>}
      </div>
      {issue.pdfUrl && (
        <p className="back-issue__pdf">
          <a href={issue.pdfUrl}>元の紙面（PDF{size}）</a>
        </p>
      )}
      {articles.length > 0 && (
        <nav aria-labelledby="contents" className="contents">
          <h2 id="contents">この号の記事</h2>
          <ol>
            {articles.map((article) => (
              <li key={article.id}>
                <Link href={articleHref(article)}>{article.title}</Link>
                {article.sourcePage && (
                  <>
                    （<a href={`#p${article.sourcePage}`}>{article.sourcePage}ページ</a>）
                  </>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      {issue.pages.length > 1 && (
        <nav aria-label="紙面のページ" className="page-jump">
          <ul>
            {issue.pages.map((page) => (
              <li key={page.number}>
                <a href={`#p${page.number}`}>{page.number}ページ</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {issue.greeting && <Greeting text={issue.greeting} />}
      {issue.pages.map((page) => (
        <BackIssuePage key={page.number} page={page} pdfUrl={issue.pdfUrl} on={on} />
      ))}
      {issue.requestBox != null && <RequestBox data={issue.requestBox} />}
    </div>
  )
}
