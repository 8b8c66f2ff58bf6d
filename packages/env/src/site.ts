import { z } from 'zod'
import { addresses, positiveInteger } from './fields.ts'
import { parsedOnce, parseVariables } from './parse.ts'

/**
 * What the reader site's own code reads: its port and the other apps' addresses. The site's
 * Payload reads serverEnv as the CMS does; these need no database.
 */
const siteVariables = z.object({
  ...addresses,
  /** The port the site's server listens on (`-p` overrides it). */
  WEB_PORT: positiveInteger(3001),
})

export type SiteEnv = z.infer<typeof siteVariables>

export const siteEnv = parsedOnce((source): SiteEnv => parseVariables(siteVariables, source, 'reader site'))
