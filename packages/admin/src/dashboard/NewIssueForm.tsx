'use client'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

type Props = { number: number; issuedOn: string; basedOn: { id: number; label: string } | null }

const field = { display: 'block', fontWeight: 700, marginBottom: 4 } as const
const input = { padding: '8px 10px', fontSize: 16, border: '1px solid var(--theme-elevation-400)', borderRadius: 4, width: '100%' } as const

/** Number, date and starting point of the next issue; POST /api/issues/next makes it as a draft. */
export function NewIssueForm({ number, issuedOn, basedOn }: Props) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setError(null)
    try {
      const response = await fetch('/api/issues/next', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          number: form.get('number'),
          issuedOn: form.get('issuedOn'),
          fromIssueId: form.get('start') === 'last' && basedOn ? basedOn.id : null,
        }),
      })
      const answer = (await response.json()) as { id?: number; error?: string }
      if (!response.ok || !answer.id) throw new Error(answer.error ?? `新しい号をつくれませんでした（${response.status}）。`)
      router.push(`/admin/collections/issues/${answer.id}`)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
      setBusy(false)
    }
  }

  return (
    <form onSubmit={(event) => void create(event)}>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', marginBottom: 12 }}>
        <label style={{ flex: '0 0 140px' }}>
          <span style={field}>号数</span>
          <input name="number" defaultValue={number} inputMode="numeric" required style={input} />
        </label>
        <label style={{ flex: '1 1 240px' }}>
          <span style={field}>発行日</span>
          <input name="issuedOn" defaultValue={issuedOn} required style={input} aria-describedby="new-issue-date-help" />
          <span id="new-issue-date-help" style={{ fontSize: 13 }}>
            令和9年2月16日、2027/2/16、月だけなら 令和9年2月 のように。
          </span>
        </label>
      </div>
      <fieldset style={{ border: 0, padding: 0, margin: '0 0 12px' }}>
        <legend style={field}>はじめ方</legend>
        {basedOn && (
          <label style={{ display: 'block', marginBottom: 4 }}>
            <input type="radio" name="start" value="last" defaultChecked /> 前の号 {basedOn.label}{' '}
            から、いつものお知らせ・話し合いのまとめ・予定ページ数を引きつぐ
          </label>
        )}
        <label style={{ display: 'block' }}>
          <input type="radio" name="start" value="empty" defaultChecked={!basedOn} /> 白紙からつくる
        </label>
      </fieldset>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-600)', fontWeight: 700 }}>
          {error}
        </p>
      )}
      <button type="submit" className="btn btn--style-primary btn--size-medium" style={{ margin: 0 }} disabled={busy}>
        {busy ? 'つくっています…' : 'この号数と発行日でつくる'}
      </button>
    </form>
  )
}
