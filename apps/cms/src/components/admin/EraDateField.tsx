'use client'
import { isMonthDate, morningOfCalendarDate, parseCalendarDate } from '@oneheart/schema/input'
import { japanDay } from '@oneheart/schema/time'
import { formatEraDate } from '@oneheart/ui/dates'
import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'
import { useEffect, useId, useState } from 'react'

/** How a stored instant is shown: 令和9年2月18日(木). */
const shown = (value: string | null | undefined) => (value ? formatEraDate(japanDay(value)) : '')
const clock = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** A date the form only shows (an event's first session, when review was asked): 令和9年2月18日(木) 10:00. */
function ReadOnlyDate({ label, value, withTime, path }: { label: unknown; value: string | null | undefined; withTime: boolean; path: string }) {
  return (
    <div className="field-type read-only-date" style={{ marginBottom: 24 }}>
      <FieldLabel label={label as never} path={path} />
      <p style={{ margin: 0 }}>{value ? `${shown(value)}${withTime ? ` ${clock.format(new Date(value))}` : ''}` : '—'}</p>
    </div>
  )
}

/**
 * A day typed the way a coordinator writes it (令和9年2月1日, R9.2.1, 2027/2/1, 2月1日) instead
 * of Payload's Western date picker, which erased a typed 和暦 without a word. Shown back in the
 * era; what cannot be read stays in the box with a message saying why.
 */
export const EraDateField: DateFieldClientComponent = ({ field, path: pathFromProps }) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, errorMessage } = useField<string | null>({ path })
  const [typed, setTyped] = useState(shown(value))
  const [problem, setProblem] = useState<string | null>(null)
  const inputId = `field-${path.replace(/\./g, '__')}`
  const helpId = useId()

  // A value changed elsewhere (a reset, a restored version) is shown again.
  useEffect(() => {
    setTyped((current) => (parseCalendarDate(current).ok && value && morningOfCalendarDate(japanDay(value)) === value ? current : shown(value)))
  }, [value])

  function read() {
    const text = typed.trim()
    if (text === '') {
      setValue(null)
      setProblem(null)
      return
    }
    const parsed = parseCalendarDate(text)
    if (!parsed.ok || isMonthDate(parsed.value)) {
      setProblem(`「${text}」を日付として読めませんでした。令和9年2月1日、R9.2.1、2027/2/1 のように入れてください。`)
      return
    }
    setProblem(null)
    setValue(morningOfCalendarDate(parsed.value))
    setTyped(formatEraDate(parsed.value))
  }

  const message = problem ?? (showError ? errorMessage : null)
  if (field.admin?.readOnly) return <ReadOnlyDate label={field.label} value={value} withTime={(field.admin?.date as { pickerAppearance?: string } | undefined)?.pickerAppearance === 'dayAndTime'} path={path} />
  return (
    <div className="field-type text" style={{ marginBottom: 24 }}>
      <FieldLabel htmlFor={inputId} label={field.label} required={field.required} path={path} />
      <input
        id={inputId}
        type="text"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        onBlur={read}
        onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), read())}
        aria-invalid={Boolean(message)}
        aria-describedby={helpId}
        placeholder="令和9年2月1日"
        style={{ width: '100%' }}
      />
      {message && (
        <p role="alert" style={{ color: 'var(--theme-error-600)', margin: '4px 0 0' }}>
          {message}
        </p>
      )}
      <div id={helpId}>
        <FieldDescription description={field.admin?.description} path={path} />
      </div>
    </div>
  )
}
