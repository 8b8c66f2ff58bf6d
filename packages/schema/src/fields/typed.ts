import { type DateRefusal, isCalendarDate, label, normalisePhone, parseCalendarDate, parseClockTime, parseTimeRange } from '@oneheart/contract'
import { type FieldHook, type NumberField, type SelectField, type TextField, ValidationError } from 'payload'
import { calendarDateInput } from '../admin/eraDate.ts'
import { messages } from '../validation.ts'

/**
 * Fields that accept what a coordinator really types (令和8年2月16日(月), ９：３０, 10時～12時,
 * ０２７－３２１－…, 活動報告) and store one plain form, or refuse with a Japanese message that
 * names the field. Drafts skip Payload's validation, so each field also refuses a value it
 * cannot read in a draft save: otherwise an enum column answers with a 500, and an unreadable
 * date or time would be stored for the previews and derived instants to trip over.
 */
type Check = (value: unknown) => true | string
type Labelled = { name: string; ja: string; en: string; required?: boolean }

const isEmpty = (value: unknown) => value == null || value === ''

export function refuseInDrafts(ja: string, check: Check): FieldHook {
  return ({ value, data, path, req, collection }) => {
    if (data?._status !== 'draft') return value
    const result = check(value)
    if (result !== true) {
      throw new ValidationError({ collection: collection?.slug, errors: [{ path: path.join('.'), label: ja, message: result }], req }, req.t)
    }
    return value
  }
}

function validateWith(ja: string, required: boolean, check: Check) {
  return (value: unknown) => (isEmpty(value) ? (required ? messages.requiredField(ja) : true) : check(value))
}

function dateRefusal(ja: string, reason: DateRefusal, allowMonth: boolean): string {
  if (typeof reason === 'object') return `「${ja}」の曜日が合いません（その日は${reason.actual}曜日です）。日付か曜日を確かめてください。`
  if (reason === 'noDay') return `「${ja}」は日まで入力してください（例: 令和8年2月16日）。`
  if (reason === 'invalid') return `「${ja}」はありえない日付です。月と日を確かめてください。`
  return `「${ja}」は「令和8年2月16日」「R8.2.16」「2026/2/16」のように入力してください${allowMonth ? '（月だけなら「令和7年8月」）' : ''}。`
}

/**
 * A text box that reads what is typed into one stored form (`read` returns null when it cannot),
 * refuses what stays unread with `check`'s message, in a draft save too. Blank is no value.
 */
function typedTextField(
  options: Labelled & {
    maxLength: number
    read: (typed: string, siblingData: Record<string, unknown>) => string | null
    check: Check
    index?: boolean
    admin?: TextField['admin']
  },
): TextField {
  const { name, ja, en, required = false, read, check } = options
  return {
    name,
    type: 'text',
    required,
    maxLength: options.maxLength,
    index: options.index ?? false,
    label: label(ja, en),
    admin: options.admin,
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value !== 'string') return value ?? undefined
          if (value.trim() === '') return null
          return read(value, siblingData ?? {}) ?? value.trim()
        },
      ],
      beforeChange: [refuseInDrafts(ja, validateWith(ja, false, check))],
    },
    validate: validateWith(ja, required, check),
  }
}

/** A day, or where the newsletter dates by month (an issue, a meeting summary) a month: stored as 2026-02-16 or 2025-08. */
export function calendarDateField(options: Labelled & { allowMonth?: boolean; index?: boolean; admin?: TextField['admin'] }): TextField {
  const { ja, allowMonth = false } = options
  return typedTextField({
    ...options,
    maxLength: 40,
    read: (typed) => {
      const parsed = parseCalendarDate(typed, { allowMonth })
      return parsed.ok ? parsed.value : null
    },
    check: (value) => {
      if (isCalendarDate(value, allowMonth)) return true
      const parsed = parseCalendarDate(String(value), { allowMonth })
      return dateRefusal(ja, parsed.ok ? 'format' : parsed.reason, allowMonth)
    },
    admin: {
      placeholder: allowMonth ? '令和8年2月16日 / 令和7年8月' : '令和8年2月16日',
      // Shown in the era and read as typed in the browser too (apps/cms).
      components: { Field: calendarDateInput(allowMonth) },
      description: label(
        allowMonth ? '令和8年2月16日、R8.2.16、2026/2/16 のどれでも。月だけなら 令和7年8月。' : '令和8年2月16日、R8.2.16、2026/2/16 のどれでも。',
        allowMonth ? 'A day (2026/2/16, 令和8年2月16日) or a month (2025/8).' : 'A day: 2026/2/16 or 令和8年2月16日.',
      ),
      ...options.admin,
    },
  })
}

/**
 * A time of day stored as HH:mm. A start typed as a range (10:00~12:00, 10時～12時) fills the
 * end (`rangeFills`) too, when the end is empty.
 */
export function clockTimeField(options: Labelled & { rangeFills?: string; admin?: TextField['admin'] }): TextField {
  const { ja, rangeFills } = options
  return typedTextField({
    ...options,
    maxLength: 20,
    read: (typed, siblingData) => {
      const time = parseClockTime(typed)
      if (time || !rangeFills) return time
      // A range typed in the start is what the person means now: it sets the end too.
      const range = parseTimeRange(typed)
      if (!range) return null
      siblingData[rangeFills] = range.end
      return range.start
    },
    check: (value) => (typeof value === 'string' && parseClockTime(value) === value ? true : messages.timeOf(ja)),
    admin: { placeholder: rangeFills ? '10:00' : '12:00', ...options.admin },
  })
}

/** A phone number, full-width and any dash accepted, stored as 027-321-1234. */
export function phoneField(options: Labelled & { admin?: TextField['admin'] }): TextField {
  const { ja } = options
  return typedTextField({
    ...options,
    maxLength: 20,
    read: normalisePhone,
    check: (value) => (typeof value === 'string' && normalisePhone(value) === value ? true : messages.phoneOf(ja)),
    admin: { placeholder: '027-321-1234', ...options.admin },
  })
}

/**
 * Payload turns a typed string into a number with parseFloat before field hooks run, so
 * 「13名」 arrives as 13 and 「１３」 or 「第12号」 as NaN: refuse those by name instead of
 * storing NaN or 1.5 as a count.
 */
function wholeNumberCheck(ja: string, example: string, min: number, max: number): Check {
  return (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? true
      : `${messages.number(ja, example)}${Number.isInteger(value) ? `（${min}〜${max}）` : ''}`
}

/** What a draft must be to be stored at all: a whole number (its range is checked on publishing, like any draft's). */
const storableNumber =
  (ja: string, example: string): Check =>
  (value) =>
    Number.isInteger(value) ? true : messages.number(ja, example)

export function wholeNumberField(options: Labelled & { example: string; min: number; max: number; overrides?: Partial<NumberField> }): NumberField {
  const { name, ja, en, required = false, example, min, max } = options
  const check = wholeNumberCheck(ja, example, min, max)
  return {
    name,
    type: 'number',
    required,
    min,
    max,
    label: label(ja, en),
    hooks: { beforeChange: [refuseInDrafts(ja, validateWith(ja, false, storableNumber(ja, example)))] },
    validate: validateWith(ja, required, check),
    ...options.overrides,
  } as NumberField
}

/**
 * A select that also takes an option's label as typed (「活動報告」 for activity-report), and
 * refuses anything else by naming the field and its choices.
 */
export function acceptOptionLabels(field: SelectField & { label: { ja: string } }): SelectField {
  const options = field.options.map((option) => (typeof option === 'string' ? { value: option, label: { ja: option, en: option } } : option)) as {
    value: string
    label: { ja: string; en: string }
  }[]
  const ja = field.label.ja
  const choices = options.map((option) => option.label.ja).join('・')
  const byLabel = new Map(
    options.flatMap(
      (option) =>
        [
          [option.label.ja, option.value],
          [option.label.en.toLowerCase(), option.value],
        ] as const,
    ),
  )
  const known = (value: unknown) => typeof value === 'string' && options.some((option) => option.value === value)
  const toValue = (value: unknown) =>
    typeof value === 'string' && !known(value) ? (byLabel.get(value.trim()) ?? byLabel.get(value.trim().toLowerCase()) ?? value) : value
  const check: Check = (value) => ((Array.isArray(value) ? value.every(known) : known(value)) ? true : messages.option(ja, choices))
  return {
    ...field,
    hooks: {
      ...field.hooks,
      beforeValidate: [({ value }) => (Array.isArray(value) ? value.map(toValue) : toValue(value)), ...(field.hooks?.beforeValidate ?? [])],
      beforeChange: [refuseInDrafts(ja, validateWith(ja, false, check)), ...(field.hooks?.beforeChange ?? [])],
    },
    validate: validateWith(ja, Boolean(field.required), check),
  } as SelectField
}
