import { plainTyped } from './width.ts'

/** Japanese phone numbers as printed in the newsletter: 027-321-1234, 0120-00-0000, 090-1234-5678. */
export const PHONE_PATTERN = /^0\d{1,4}-\d{1,4}-\d{3,4}$/

/**
 * A phone number as typed, made the printed form: ０２７－３２１－１３１９ (full width, any
 * dash, even the long-vowel mark ー) and 027(321)1319 become 027-321-1319. Returns null when
 * the parts cannot be told apart (0273211319: where the area code ends depends on the area).
 */
export function normalisePhone(input: string): string | null {
  const text = plainTyped(input).replace(/^(0\d{1,4})\((\d{1,4})\)(\d{3,4})$/, '$1-$2-$3')
  return PHONE_PATTERN.test(text) ? text : null
}
