'use client'
import { ActionButton } from './ActionButton'
import type { KindOption } from './ArticleReview'
import styles from './archiveImport.module.css'
import { Elapsed } from './Elapsed'
import { ExistingIssue } from './ExistingIssue'
import type { Entry } from './entries'
import { FileReview } from './FileReview'
import type { Review } from './review'

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** One chosen PDF in step 2: its reading progress, then what was read, a duplicate or a refusal. */
export function FileCard({
  entry,
  kinds,
  onReview,
  onRemove,
}: {
  entry: Entry
  kinds: KindOption[]
  onReview: (review: Review) => void
  onRemove: () => void
}) {
  const { file, reading, review } = entry
  const headingId = `${entry.id}-name`
  return (
    <article className={styles.file} aria-labelledby={headingId}>
      <div className={styles.fileHeader}>
        <h3 id={headingId}>{file.name}</h3>
        <span>{megabytes(file.size)}</span>
      </div>
      <p role="status" className={styles.status}>
        {entry.phase === 'waiting' && '順番を待っています'}
        {entry.phase === 'reading' && <>読み取り中…{entry.startedAt !== null && <Elapsed since={entry.startedAt} />}</>}
        {reading?.status === 'skipped' && 'この号はもう取り込んであります'}
        {reading?.status === 'failed' && <span className={styles.failed}>このファイルは取り込めません</span>}
        {review &&
          `読み取りました：${reading?.pages ?? 0}ページ（うち画像から読み取り ${reading?.ocrPages ?? 0}ページ）、記事 ${review.articles.filter((article) => !article.dropped).length}件`}
      </p>
      {reading?.status === 'failed' && <p className={styles.failed}>{reading.reason ?? '理由がわかりませんでした。'}</p>}
      {reading?.status === 'skipped' && <ExistingIssue result={reading} />}
      {review && reading?.preview && (
        <FileReview id={entry.id} review={review} preview={reading.preview} warnings={reading.warnings} kinds={kinds} onChange={onReview} />
      )}
      {entry.phase !== 'reading' && (
        <div className={styles.actions}>
          <ActionButton look="secondary" size="small" onClick={onRemove} aria-label={`「${file.name}」を一覧から外す`}>
            一覧から外す
          </ActionButton>
        </div>
      )}
    </article>
  )
}
