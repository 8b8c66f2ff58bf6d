import { z } from 'zod'
import { articleSchema } from './article.ts'
import { eventSchema, meetingSchema } from './event.ts'
import { issueSchema } from './issue.ts'

export const newsletterSchema = z.object({
  title: z.string(),
  subtitle: z.string(),
  requestBox: z.string().nullable(),
  layersExplanation: z.string().nullable(),
  /** The second-layer council's functions, drawn as a cycle beside the layers. */
  secondLayerFunctions: z.array(z.string()),
  publisher: z.object({
    name: z.string(),
    /** The section that answers the phone, printed in brackets after it: 長寿社会課. */
    department: z.string().nullable(),
    phone: z.string().nullable(),
    cityPageUrl: z.string().nullable(),
    /** What the city page is called, shown as its link text. */
    cityPageTitle: z.string().nullable(),
  }),
})
export type PublicNewsletter = z.infer<typeof newsletterSchema>

/** Everything a printed edition of one issue shows, the events and meetings its articles name included. */
export const issueEditionSchema = z.object({
  newsletter: newsletterSchema,
  issue: issueSchema,
  articles: z.array(articleSchema),
  events: z.array(eventSchema),
  meetings: z.array(meetingSchema),
})
export type PublicIssueEdition = z.infer<typeof issueEditionSchema>

/** A one-page notice-board flyer of one event. */
export const eventFlyerSchema = z.object({ newsletter: newsletterSchema, event: eventSchema })
export type PublicEventFlyer = z.infer<typeof eventFlyerSchema>
