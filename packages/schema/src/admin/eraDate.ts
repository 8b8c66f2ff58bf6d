/**
 * The admin's date field (apps/cms): typed as people write dates (令和9年2月1日, R9.2.1) and shown
 * in the era; read-only dates as 令和9年2月18日(木), instead of Payload's US-ordered picker.
 */
export const ERA_DATE_FIELD = '/components/admin/EraDateField#EraDateField'
