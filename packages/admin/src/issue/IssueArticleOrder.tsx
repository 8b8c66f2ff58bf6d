'use client'
import { toast, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Row = { id: number; title: string; position: number | null; _status: 'draft' | 'published' }

/**
 * The issue screen's running order: the issue's articles as the paper prints them, each with
 * 上へ / 下へ. Moving one renumbers 号の中の順番 (1, 2, 3 …) on the articles that changed.
 */
export function IssueArticleOrder() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const [rows, setRows] = useState<Row[] | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(
      `/api/articles?where[issue][equals]=${id}&draft=true&sort=position&depth=0&limit=100&select[title]=true&select[position]=true&select[_status]=true`,
      { credentials: 'include' },
    )
    setRows(((await response.json()) as { docs: Row[] }).docs)
  }, [id])

  // Read again after each save of the issue, and while articles are edited in other tabs.
  // biome-ignore lint/correctness/useExhaustiveDependencies: lastUpdateTime is the trigger: read again after each save of the issue
  useEffect(() => {
    void load()
  }, [load, lastUpdateTime])
  useEffect(() => {
    const timer = setInterval(() => document.visibilityState === 'visible' && void load(), 10_000)
    return () => clearInterval(timer)
  }, [load])

  async function move(index: number, by: -1 | 1) {
    if (!rows) return
    const next = [...rows]
    const [moved] = next.splice(index, 1)
    if (!moved) return
    next.splice(index + by, 0, moved)
    setBusy(true)
    try {
      const changed = next.map((row, i) => ({ row, position: i + 1 })).filter(({ row, position }) => row.position !== position)
      for (const { row, position } of changed) {
        // A draft stays a draft; a published article's new place is live at once.
        const response = await fetch(`/api/articles/${row.id}${row._status === 'draft' ? '?draft=true' : ''}`, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ position }),
        })
        if (!response.ok) throw new Error(((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? String(response.status))
      }
      toast.success('記事の順番を変えました。')
    } catch (error) {
      toast.error(`順番を変えられませんでした：${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setBusy(false)
      await load()
    }
  }

  if (!id) return <p style={{ marginBottom: 24 }}>保存すると、この号の記事の順番をここで変えられます。</p>
  return (
    <section aria-labelledby="issue-order-heading" style={{ marginBottom: 24 }}>
      <h3 id="issue-order-heading">紙面の順番</h3>
      {rows === null ? (
        <p>読み込み中…</p>
      ) : rows.length === 0 ? (
        <p>この号の記事はまだありません。記事の「掲載号」でこの号を選ぶと、ここに並びます。</p>
      ) : (
        <ol style={{ paddingLeft: 24 }}>
          {rows.map((row, index) => (
            <li key={row.id} style={{ marginBottom: 6 }}>
              <a href={`/admin/collections/articles/${row.id}`}>{row.title}</a>
              {row._status === 'draft' && <span style={{ marginLeft: 6, fontSize: 12 }}>（下書き）</span>}
              <span style={{ marginLeft: 8, display: 'inline-flex', gap: 4 }}>
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  style={{ margin: 0 }}
                  disabled={busy || index === 0}
                  onClick={() => void move(index, -1)}
                  aria-label={`「${row.title}」を上へ`}
                >
                  上へ
                </button>
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  style={{ margin: 0 }}
                  disabled={busy || index === rows.length - 1}
                  onClick={() => void move(index, 1)}
                  aria-label={`「${row.title}」を下へ`}
                >
                  下へ
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <p style={{ fontSize: 12 }}>
        この号を公開すると、ここにある下書きの記事もいっしょに公開されます（一つでも公開できない記事があれば、どれも公開されません）。
      </p>
    </section>
  )
}
