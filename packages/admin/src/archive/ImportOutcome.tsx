'use client'
import styles from './archiveImport.module.css'
import { Elapsed } from './Elapsed'
import { ExistingIssue } from './ExistingIssue'
import type { Entry } from './entries'
import { issueName } from './issueName'

/** Where an issue is on the site: the answer's url may be a path on it or a whole address. */
const onSite = (url: string, siteUrl: string) => new URL(url, `${siteUrl}/`).toString()

/** Step 3 for one file: being imported, then imported (with links to the issue), skipped or refused. */
export function ImportOutcome({ entry, published, siteUrl }: { entry: Entry; published: boolean; siteUrl: string }) {
  const result = entry.outcome ?? (entry.review ? undefined : entry.reading)
  const headingId = `${entry.id}-outcome`
  return (
    <article className={styles.file} aria-labelledby={headingId}>
      <h3 id={headingId}>{entry.file.name}</h3>
      <div role="status">
        {entry.phase === 'read' && entry.review && <p>順番を待っています</p>}
        {entry.phase === 'sending' && <p className={styles.status}>取り込み中…{entry.startedAt !== null && <Elapsed since={entry.startedAt} />}</p>}
        {result?.status === 'imported' && result.issue && (
          <>
            <p className={styles.status}>
              {published ? '取り込んで公開しました' : '下書きとして取り込みました'}：{issueName(result.issue)}、記事 {result.articles}件・{result.pages}ページ
              {result.ocrPages > 0 && `（うち画像から読み取り ${result.ocrPages}ページ）`}
            </p>
            <p className={styles.actions}>
              <a className="btn btn--style-secondary btn--size-small" href={`/admin/collections/issues/${result.issue.id}`}>
                管理画面でこの号を開く
              </a>
              {published && (
                <a className="btn btn--style-secondary btn--size-small" href={onSite(result.issue.url, siteUrl)} target="_blank" rel="noreferrer">
                  サイトで見る（新しいタブ）
                </a>
              )}
            </p>
          </>
        )}
        {result?.status === 'skipped' && (
          <>
            <p className={styles.status}>取り込みませんでした（取り込み済み）</p>
            <ExistingIssue result={result} />
          </>
        )}
        {result?.status === 'failed' && (
          <>
            <p className={styles.failed}>取り込めませんでした</p>
            <p>{result.reason ?? '理由がわかりませんでした。'}</p>
          </>
        )}
      </div>
      {result && result.warnings.length > 0 && (
        <ul className={styles.warning}>
          {result.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </article>
  )
}
