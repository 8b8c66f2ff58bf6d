'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useIssueChecklist } from './useIssueChecklist'

/**
 * The issue screen's print preview: the print app's page of each edition with this issue's
 * drafts (links signed for the editor by the CMS), and the page count it measured. Read again
 * after every save, so a number typed and saved brings the links at once.
 */
export function PrintPreviewLinks() {
  const { id } = useDocumentInfo()
  const { checklist } = useIssueChecklist()
  if (!id || !checklist || checklist.printLinks.length === 0) {
    return <p style={{ fontSize: 13 }}>号数を入れて保存すると、印刷プレビューを開けます。</p>
  }
  const overflow = checklist.pages !== null && checklist.plannedPages !== null && checklist.pages > checklist.plannedPages
  return (
    <div style={{ marginBottom: 24 }}>
      <p style={{ fontWeight: 700, marginBottom: 4 }}>印刷プレビュー</p>
      <p style={{ display: 'flex', gap: 8, flexWrap: 'wrap', margin: 0 }}>
        {checklist.printLinks.map((link) => (
          <a key={link.url} className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={link.url} target="_blank" rel="noreferrer">
            {link.label}
          </a>
        ))}
      </p>
      <p role="status" style={{ fontWeight: 700, marginTop: 8, color: checklist.pages === null || overflow ? 'var(--theme-error-500)' : undefined }}>
        {checklist.pages === null
          ? 'ページ数を確かめられませんでした。'
          : `紙面（通常版）は ${checklist.pages}ページ（予定 ${checklist.plannedPages}ページ）${overflow ? '：予定のページ数に収まっていません' : ''}`}
      </p>
      <p style={{ fontSize: 12, marginTop: 4 }}>下書きを含めて数えています。プレビューは下書きを含む紙面を別のタブで開きます。</p>
    </div>
  )
}
