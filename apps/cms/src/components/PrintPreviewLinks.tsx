import { hasRole, PRINT_EDITIONS } from '@oneheart/schema'
import { previewToken } from '@oneheart/schema/preview'
import type { UIFieldServerComponent } from 'payload'

type PageCount = { pages: number; plannedPages: number | null; overflow: boolean } | { error: string }

/** The standard edition's page count as the print app measures it (it renders or reads its cache). */
async function pageCount(url: string): Promise<PageCount> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000), cache: 'no-store' })
    return (await response.json()) as PageCount
  } catch {
    return { error: '印刷アプリに届きませんでした。' }
  }
}

/**
 * The issue screen's "print preview" links: the print app's page for each edition, showing
 * this drafts through a link signed for the editor looking at it.
 */
export const PrintPreviewLinks: UIFieldServerComponent = async ({ data, payload, req }) => {
  const number = typeof data?.number === 'number' ? data.number : null
  if (!number || !hasRole(req.user, 'admin', 'editor') || !req.user) {
    return <p style={{ fontSize: 13 }}>号数を入れて保存すると、印刷プレビューを開けます。</p>
  }
  const printUrl = (process.env.PRINT_URL ?? 'http://localhost:3002').replace(/\/$/, '')
  const token = previewToken(payload.secret, `issue:${number}`, Number(req.user.id))
  const count = await pageCount(`${printUrl}/issues/${number}/standard.json?preview=${encodeURIComponent(token)}`)
  return (
    <div style={{ marginBottom: 24 }}>
      <p style={{ fontWeight: 700, marginBottom: 4 }}>印刷プレビュー</p>
      <p style={{ display: 'flex', gap: 8, flexWrap: 'wrap', margin: 0 }}>
        {PRINT_EDITIONS.map((edition) => (
          <a key={edition.value} className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={`${printUrl}/issues/${number}/${edition.value}?preview=${encodeURIComponent(token)}`} target="_blank" rel="noreferrer">
            {edition.label.ja}
          </a>
        ))}
      </p>
      <p role="status" style={{ fontWeight: 700, marginTop: 8, color: 'error' in count || count.overflow ? 'var(--theme-error-500)' : undefined }}>
        {'error' in count
          ? `ページ数を確かめられませんでした：${count.error}`
          : `紙面（通常版）は ${count.pages}ページ（予定 ${count.plannedPages}ページ）${count.overflow ? '：予定のページ数に収まっていません' : ''}`}
      </p>
      <p style={{ fontSize: 12, marginTop: 4 }}>この画面を開いたときの下書きで数えています。プレビューは下書きを含む紙面を別のタブで開きます。</p>
    </div>
  )
}
