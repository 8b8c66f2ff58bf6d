'use client'
import { type CalendarDate, morningOfCalendarDate, parseCalendarDate } from '@oneheart/contract/input'
import { japanDay } from '@oneheart/contract/time'
import { formatEraDate } from '@oneheart/ui/dates'
import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import type { ClientField, StaticDescription, StaticLabel } from 'payload'
import { useEffect, useId, useRef, useState } from 'react'

type Stores = 'instant' | 'calendar'
type Props = {
  field: ClientField & {
    label?: StaticLabel
    required?: boolean
    admin?: { readOnly?: boolean; description?: StaticDescription; date?: { pickerAppearance?: string } }
  }
  path?: string
  /** An instant (公開日: 9:00 that day in Japan) or calendar-date text (2026-02-16, 2025-08). */
  stores?: Stores
  allowMonth?: boolean
}

const clock = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** A stored value as the coordinator reads it: 令和9年2月18日(木), or 令和7年8月 for a month. */
function shown(value: string | null | undefined, stores: Stores): string {
  if (!value) return ''
  try {
    return formatEraDate(stores === 'instant' ? japanDay(value) : value)
  } catch {
    return value // an old value no reader understands is shown as it is, to be retyped
  }
}

const stored = (day: CalendarDate, stores: Stores) => (stores === 'instant' ? morningOfCalendarDate(day) : day)

/**
 * A date typed the way a coordinator writes it (令和9年2月1日, R9.2.1, 2027/2/1, 2月1日, and a
 * month where allowed) and shown back in the era, instead of Payload's Western, US-ordered date
 * picker and bare 2026-02-16. What cannot be read stays in the box with a message saying why,
 * and is not saved: autosave never sees a half-typed date.
 */
export function TypedDateField({ field, path: pathFromProps, stores = 'calendar', allowMonth = false }: Props) {
  const path = pathFromProps ?? ('name' in field ? field.name : '')
  const { value, setValue, showError, errorMessage } = useField<string | null>({ path })
  const [typed, setTyped] = useState(() => shown(value, stores))
  const [problem, setProblem] = useState<string | null>(null)
  const lastStored = useRef(value)
  const inputId = `field-${path.replace(/\./g, '__')}`
  const helpId = useId()

  // A value changed elsewhere (a reset, a restored version, a range typed in another field) is shown anew.
  useEffect(() => {
    if (value === lastStored.current) return
    lastStored.current = value
    setTyped(shown(value, stores))
  }, [value, stores])

  function read() {
    const text = typed.trim()
    if (text === '') {
      lastStored.current = null
      setValue(null)
      setProblem(null)
      return
    }
    const parsed = parseCalendarDate(text, { allowMonth })
    if (!parsed.ok) {
      const forms = allowMonth ? '令和9年2月1日、R9.2.1、2027/2/1、月だけなら 令和9年2月' : '令和9年2月1日、R9.2.1、2027/2/1'
      const why =
        typeof parsed.reason === 'object'
          ? `${parsed.reason.weekday}曜日ではなく${parsed.reason.actual}曜日です。`
          : parsed.reason === 'noDay'
            ? '日まで入れてください。'
            : ''
      setProblem(`「${text}」を日付として読めませんでした。${why}${forms} のように入れてください。（まだ保存していません）`)
      return
    }
    const next = stored(parsed.value, stores)
    setProblem(null)
    lastStored.current = next
    setValue(next)
    setTyped(shown(next, stores))
  }

  if (field.admin?.readOnly) {
    const withTime = field.admin.date?.pickerAppearance === 'dayAndTime' && value
    return (
      <div className="field-type read-only-date" style={{ marginBottom: 24 }}>
        <FieldLabel label={field.label} path={path} />
        <p style={{ margin: 0 }}>{value ? `${shown(value, stores)}${withTime ? ` ${clock.format(new Date(value))}` : ''}` : '—'}</p>
      </div>
    )
  }
  const message = problem ?? (showError ? errorMessage : null)
  return (
    <div className="field-type text" style={{ flex: '1 1 auto', marginBottom: 24 }}>
      <FieldLabel htmlFor={inputId} label={field.label} required={field.required} path={path} />
      <input
        id={inputId}
        type="text"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        onBlur={read}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            read()
          }
        }}
        aria-invalid={Boolean(message)}
        aria-describedby={helpId}
        placeholder={allowMonth ? '令和9年2月1日 / 令和9年2月' : '令和9年2月1日'}
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
