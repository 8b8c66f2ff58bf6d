import type { PageReading } from '@oneheart/archive/result'
import styles from './archiveImport.module.css'

/** Each page as read: from the text layer or by OCR, with its confidence and a mark where a person should look. */
export function PageList({ pages }: { pages: PageReading[] }) {
  return (
    <table className={styles.pages}>
      <thead>
        <tr>
          <th scope="col">ページ</th>
          <th scope="col">読み方</th>
          <th scope="col">確からしさ</th>
          <th scope="col">読み取った文字</th>
        </tr>
      </thead>
      <tbody>
        {pages.map((page) => (
          <tr key={page.number}>
            <th scope="row">
              {page.number}
              {page.needsReview && (
                <span className={styles.failed} title="読み取りに自信がありません。元のPDFと見比べてください。">
                  {' '}
                  ⚠ 要確認
                </span>
              )}
            </th>
            <td>{page.ocr ? '画像から読み取り（OCR）' : 'PDFの文字'}</td>
            <td>{page.confidence === null ? '—' : `${Math.round(page.confidence)}%`}</td>
            <td>
              <details>
                <summary>{page.text.trim() === '' ? '（文字なし）' : `${page.text.replace(/\s+/g, ' ').trim().slice(0, 30)}…`}</summary>
                <p className={styles.pageText}>{page.text}</p>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
