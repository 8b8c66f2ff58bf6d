import { z } from 'zod'
import { articleSchema } from './article.ts'
import { issueSchema } from './issue.ts'

export const newsletterSchema = z.object({
  title: z.string(),
  subtitle: z.string(),
  requestBox: z.string().nullable(),
  layersExplanation: z.string().nullable(),
  publisher: z.object({ name: z.string(), phone: z.string().nullable(), cityPageUrl: z.string().nullable() }),
})
export type PublicNewsletter = z.infer<typeof newsletterSchema>

/** Everything a printed edition of one issue shows. */
export const issueEditionSchema = z.object({
  newsletter: newsletterSchema,
  issue: issueSchema,
  articles: z.array(articleSchema),
})
export type PublicIssueEdition = z.infer<typeof issueEditionSchema>
