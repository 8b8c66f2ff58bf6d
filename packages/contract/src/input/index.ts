/** Reading what people type: dates, times, counts and phone numbers, as Japanese coordinators write them. */
export * from './calendarDate.ts'
export * from './clockTime.ts'
export * from './phone.ts'
export { plainTyped } from './width.ts'
