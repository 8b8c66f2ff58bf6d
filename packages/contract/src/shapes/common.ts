import { z } from 'zod'

/** PostgreSQL's `integer`: record ids and every number a query compares with them stay within it. */
export const INT32_MAX = 2_147_483_647

/**
 * A record's id as callers send it. Bounded to the database's integer, so a larger number is a
 * 400 here instead of an out-of-range error (a 500) in the database.
 */
export const recordIdSchema = z.number().int().positive().max(INT32_MAX)

/** A calendar day in Japan, YYYY-MM-DD. */
export const japanDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** A day (YYYY-MM-DD) or, where the newsletter dates by month, a month (YYYY-MM), in Japan. */
export const calendarDateSchema = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/)

export const mediaSchema = z.object({
  url: z.string(),
  alt: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
})
export type PublicMedia = z.infer<typeof mediaSchema>

/** A record's URL name as the API accepts it: 半角 lower-case letters, digits and hyphens. */
export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9-]+$/, 'URL用の名前は半角英小文字・数字・ハイフンです。')

export const refSchema = z.object({ id: z.number(), slug: z.string(), name: z.string() })
export type PublicRef = z.infer<typeof refSchema>

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.number().nullable(), total: z.number() })
