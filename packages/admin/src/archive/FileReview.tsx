'use client'
import type { ImportPreview } from '@oneheart/archive/result'
import { formatEraDate } from '@oneheart/ui/dates'
import { useState } from 'react'
import { ArticleReview, type KindOption } from './ArticleReview'
import styles from './archiveImport.module.css'
import { PageList } from './PageList'
import { keptBefore, mergeWithPrevious, type Review, type ReviewedArticle, readIssuedOn, readNumber } from './review'

type Props = { id: string; review: Review; preview: ImportPreview; warnings: string[]; kinds: KindOption[]; onChange: (review: Review) => void }

/** What the dry run read from one PDF, every value the editor may correct. */
export function FileReview({ id, review, preview, warnings, kinds, onChange }: Props) {
  const [touched, setTouched] = useState({ number: false, issuedOn: false })
  const number = readNumber(review.number)
  const issuedOn = readIssuedOn(review.issuedOn)
  const set = (patch: Partial<Review>) => onChange({ ...review, ...patch })
  const setArticles = (articles: ReviewedArticle[]) => set({ articles })
  const changeArticle = (key: string, patch: Partial<ReviewedArticle>) =>
    setArticles(review.articles.map((article) => (article.key === key ? { ...article, ...patch } : article)))
  // Dropped articles keep their place but no number: the numbers are those of what will be imported.
  const positions = new Map(review.articles.filter((article) => !article.dropped).map((article, index) => [article.key, index + 1]))

  return (
    <div>
      <h4>見つかった号の情報</h4>
      <div className={styles.row}>
        <div className="field-type text">
          <label className="field-label" htmlFor={`${id}-number`}>
            号数
          </label>
          <input
            id={`${id}-number`}
            value={review.number}
            inputMode="numeric"
            onChange={(event) => set({ number: event.target.value })}
            onBlur={() => setTouched({ ...touched, number: true })}
            aria-invalid={!number.ok}
            aria-describedby={`${id}-number-help`}
          />
          <p id={`${id}-number-help`} className={!number.ok && touched.number ? styles.error : styles.help}>
            {!number.ok && touched.number
              ? number.message
              : preview.number === null
                ? '紙面に見つかりませんでした。わかれば入れてください。'
                : '紙面から読み取りました。'}
          </p>
        </div>
        <div className="field-type text">
          <label className="field-label" htmlFor={`${id}-issuedOn`}>
            発行日
          </label>
          <input
            id={`${id}-issuedOn`}
            value={review.issuedOn}
            placeholder="令和7年8月"
            onChange={(event) => set({ issuedOn: event.target.value })}
            onBlur={() => setTouched({ ...touched, issuedOn: true })}
            aria-invalid={!issuedOn.ok}
            aria-describedby={`${id}-issuedOn-help`}
          />
          <p id={`${id}-issuedOn-help`} className={!issuedOn.ok && touched.issuedOn ? styles.error : styles.help}>
            {!issuedOn.ok && touched.issuedOn
              ? issuedOn.message
              : issuedOn.ok && issuedOn.value
                ? `${formatEraDate(issuedOn.value, { weekday: false })}として取り込みます。`
                : '令和7年8月、2025-08 のように。月だけでも構いません。'}
          </p>
        </div>
        <div className="field-type text">
          <label className="field-label" htmlFor={`${id}-title`}>
            号のタイトル
          </label>
          <input
            id={`${id}-title`}
            value={review.title}
            onChange={(event) => set({ title: event.target.value, titleEdited: true })}
            aria-invalid={review.titleEdited && review.title.trim() === ''}
            aria-describedby={`${id}-title-help`}
          />
          <p id={`${id}-title-help`} className={styles.help}>
            {review.titleEdited ? 'このタイトルで取り込みます。' : '号数や発行日を直すと、タイトルもそれに合わせて付け直します。'}
          </p>
        </div>
      </div>

      {warnings.length > 0 && (
        <div className={styles.warning}>
          <h4>気をつけること</h4>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}

      {preview.greeting && (
        <details>
          <summary>みなさまへ（あいさつ）：号のあいさつとして取り込みます</summary>
          <p className={styles.pageText}>{preview.greeting}</p>
        </details>
      )}

      <h4>ページ（{preview.pages.length}）</h4>
      <PageList pages={preview.pages} />

      <h4>記事（{review.articles.filter((article) => !article.dropped).length}件）</h4>
      <p className={styles.help}>
        タイトル・種類・本文を直せます。ひとつの記事が途中で分かれていたら「前の記事とまとめる」、記事でないものは「この記事を外す」を押してください。
      </p>
      {review.articles.length === 0 && <p>記事に分けられませんでした。号だけを取り込みます。</p>}
      {review.articles.map((article, index) => (
        <ArticleReview
          key={article.key}
          idPrefix={`${id}-${article.key}`}
          article={article}
          position={positions.get(article.key) ?? null}
          kinds={kinds}
          canMerge={!article.dropped && keptBefore(review.articles, index) >= 0}
          onChange={(patch) => changeArticle(article.key, patch)}
          onMerge={() => setArticles(mergeWithPrevious(review.articles, index))}
        />
      ))}
    </div>
  )
}
