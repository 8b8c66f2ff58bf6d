import { hasRole } from '@oneheart/schema'
import { previewToken } from '@oneheart/schema/preview'
import type { UIFieldServerComponent } from 'payload'

const EDITIONS = [
  { name: 'standard', label: '通常版' },
  { name: 'large', label: '拡大版' },
  { name: 'mono', label: '白黒版' },
] as const

/**
 * The issue screen's "print preview" links: the print app's page for each edition, showing
 * this drafts through a link signed for the editor looking at it.
 */
export const PrintPreviewLinks: UIFieldServerComponent = ({ data, payload, req }) => {
  const number = typeof data?.number === 'number' ? data.number : null
  if (!number || !hasRole(req.user, 'admin', 'editor') || !req.user) {
    return <p style={{ fontSize: 13 }}>号数を入れて保存すると、印刷プレビューを開けます。</p>
  }
  const printUrl = (process.env.PRINT_URL ?? 'http://localhost:3002').replace(/\/$/, '')
  const token = previewToken(payload.secret, `issue:${number}`, Number(req.user.id))
  return (
    <div style={{ marginBottom: 24 }}>
      <p style={{ fontWeight: 700, marginBottom: 4 }}>印刷プレビュー</p>
      <p style={{ display: 'flex', gap: 8, flexWrap: 'wrap', margin: 0 }}>
        {EDITIONS.map((edition) => (
          <a key={edition.name} className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={`${printUrl}/issues/${number}/${edition.name}?preview=${encodeURIComponent(token)}`} target="_blank" rel="noreferrer">
            {edition.label}
          </a>
        ))}
      </p>
      <p style={{ fontSize: 12, marginTop: 4 }}>下書きを含む紙面を別のタブで開きます。予定ページ数に収まらないときは警告が出ます。</p>
    </div>
  )
}
