'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useIssueChecklist } from './useIssueChecklist'

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 24 }
const LEVEL_NAMES = { blocker: '公開できません', warning: '確かめてください' } as const

/**
 * The issue screen's checklist before publishing: what would stop publishing, what is risky,
 * and which drafts go live with the issue. Kept current while articles change elsewhere.
 */
export function IssueChecklist() {
  const { id } = useDocumentInfo()
  const { checklist, failed } = useIssueChecklist()
  if (!id) return null
  const blockers = checklist?.items.filter((item) => item.level === 'blocker') ?? []
  const warnings = checklist?.items.filter((item) => item.level === 'warning') ?? []
  return (
    <section style={box} aria-labelledby="issue-checklist-heading" aria-live="polite">
      <h3 id="issue-checklist-heading" style={{ marginTop: 0 }}>
        公開の前のチェック
      </h3>
      {checklist === null ? (
        <p>{failed ? 'チェックを読み込めませんでした。画面を開き直してください。' : '確かめています…'}</p>
      ) : (
        <>
          {blockers.length === 0 && warnings.length === 0 && <p style={{ margin: '0 0 8px' }}>✓ 問題は見つかりませんでした。</p>}
          {[...blockers, ...warnings].length > 0 && (
            <ul style={{ paddingLeft: 18, margin: '0 0 8px' }}>
              {[...blockers, ...warnings].map((item) => (
                <li key={item.message} style={{ marginBottom: 6, color: item.level === 'blocker' ? 'var(--theme-error-600)' : undefined }}>
                  <strong>{LEVEL_NAMES[item.level]}：</strong>
                  {item.message}
                  {item.href && (
                    <>
                      {' '}
                      <a href={item.href}>開く</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {checklist.drafts.length > 0 && (
            <>
              <p style={{ margin: '8px 0 4px', fontWeight: 700 }}>公開すると、いっしょに公開される下書き（{checklist.drafts.length}件）</p>
              <ul style={{ paddingLeft: 18, margin: 0 }}>
                {checklist.drafts.map((draft) => (
                  <li key={`${draft.collection}-${draft.id}`}>
                    <a href={`/admin/collections/${draft.collection}/${draft.id}`}>{draft.title}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  )
}
