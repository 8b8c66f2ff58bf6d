/**
 * The admin's date fields (apps/cms TypedDateField): typed as people write dates (令和9年2月1日,
 * R9.2.1, 令和7年8月) and shown in the era, instead of Payload's US-ordered picker and 2026-02-16.
 */
const FIELD = '@oneheart/admin/editor/TypedDateField#TypedDateField'

/** An instant such as 公開日 (stored as 9:00 that day in Japan), or a read-only instant. */
export const ERA_DATE_FIELD = { path: FIELD, clientProps: { stores: 'instant' } }

/** Calendar-date text (2026-02-16, or 2025-08 where a month is allowed). */
export const calendarDateInput = (allowMonth: boolean) => ({ path: FIELD, clientProps: { stores: 'calendar', allowMonth } })
