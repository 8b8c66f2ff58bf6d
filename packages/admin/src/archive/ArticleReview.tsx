'use client'
import type { ArticleKind } from '@oneheart/contract'
import { ActionButton } from './ActionButton'
import styles from './archiveImport.module.css'
import type { ReviewedArticle } from './review'

export type KindOption = { value: ArticleKind; label: string }

const COLLECTION_NAMES = { councils: '協議体', districts: '地区', activities: '活動' } as const

type Props = {
  idPrefix: string
  article: ReviewedArticle
  /** Its number among the articles that will be imported; null when dropped. */
  position: number | null
  kinds: KindOption[]
  canMerge: boolean
  onChange: (patch: Partial<ReviewedArticle>) => void
  onMerge: () => void
}

/** One article the importer split out: title, kind and text to correct, proposed links to confirm. */
export function ArticleReview({ idPrefix, article, position, kinds, canMerge, onChange, onMerge }: Props) {
  const name = position === null ? `外した記事（${article.page}ページ）` : `記事 ${position}（${article.page}ページから）`
  if (article.dropped) {
    return (
      <fieldset className={`${styles.article} ${styles.dropped}`}>
        <legend>{name}</legend>
        <p style={{ margin: 0 }}>「{article.title}」は取り込みません。</p>
        <div className={styles.actions}>
          <ActionButton look="secondary" size="small" onClick={() => onChange({ dropped: false })} aria-label={`「${article.title}」を元に戻す`}>
            元に戻す
          </ActionButton>
        </div>
      </fieldset>
    )
  }
  const lines = article.text.split('\n').length
  return (
    <fieldset className={styles.article}>
      <legend>{name}</legend>
      <div className={styles.articleRow}>
        <div className="field-type text">
          <label className="field-label" htmlFor={`${idPrefix}-title`}>
            タイトル
          </label>
          <input
            id={`${idPrefix}-title`}
            value={article.title}
            onChange={(event) => onChange({ title: event.target.value })}
            aria-invalid={article.title.trim() === ''}
          />
        </div>
        <div>
          <label className="field-label" htmlFor={`${idPrefix}-kind`}>
            記事の種類
          </label>
          <select
            id={`${idPrefix}-kind`}
            className={styles.select}
            value={article.kind}
            onChange={(event) => onChange({ kind: event.target.value as ArticleKind })}
          >
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-type textarea" style={{ marginTop: 12 }}>
        <label className="field-label" htmlFor={`${idPrefix}-text`}>
          本文
        </label>
        <textarea
          id={`${idPrefix}-text`}
          value={article.text}
          rows={Math.min(14, Math.max(4, lines + 1))}
          onChange={(event) => onChange({ text: event.target.value })}
        />
      </div>
      {article.links.length > 0 && (
        <fieldset className={styles.links}>
          <legend>本文に出てくる名前（チェックしたものを記事につなげます）</legend>
          {article.links.map((link, index) => (
            <label key={`${link.collection}:${link.id}`}>
              <input
                type="checkbox"
                checked={link.keep}
                onChange={(event) => onChange({ links: article.links.map((other, at) => (at === index ? { ...other, keep: event.target.checked } : other)) })}
              />
              {link.name}（{COLLECTION_NAMES[link.collection]}）{link.matched !== link.name && `：「${link.matched}」から`}
            </label>
          ))}
        </fieldset>
      )}
      <div className={styles.actions}>
        {canMerge && (
          <ActionButton look="secondary" size="small" onClick={onMerge} aria-label={`「${article.title}」を前の記事とまとめる`}>
            前の記事とまとめる
          </ActionButton>
        )}
        <ActionButton look="secondary" size="small" onClick={() => onChange({ dropped: true })} aria-label={`「${article.title}」：この記事を外す`}>
          この記事を外す
        </ActionButton>
      </div>
    </fieldset>
  )
}
