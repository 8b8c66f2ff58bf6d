import { z } from 'zod'

/** An http(s) address. */
export const httpUrl = z.url({ protocol: /^https?$/ })

/** A whole number of at least 1, given as text; empty means the default. */
export const positiveInteger = (fallback: number) =>
  z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().positive().default(fallback))

/** A positive number (fractions allowed), given as text; empty means the default. */
export const positiveNumber = (fallback: number) => z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().positive().default(fallback))

/**
 * Where the three apps reach each other; every process that links to another app reads these.
 * The defaults are `npm start`'s ports on one machine.
 */
export const addresses = {
  /** The CMS (admin and API). */
  CMS_URL: httpUrl.default('http://localhost:3000'),
  /** The reader site, as the other apps reach it (its public address is PUBLIC_SITE_URL). */
  WEB_URL: httpUrl.default('http://localhost:3001'),
  /** The print app (PDF editions and flyers). */
  PRINT_URL: httpUrl.default('http://localhost:3002'),
}
