import { eventFlyerSchema, issueEditionSchema, newsletterSchema, recordIdSchema } from '@oneheart/contract'
import { z } from 'zod'

const issueNumber = z.object({ number: z.number().int().min(1).max(9999) })

export const newsletter = { output: newsletterSchema }
export const issue = { input: issueNumber, output: issueEditionSchema }
export const issueDraft = { input: issueNumber, output: issueEditionSchema }
export const eventFlyer = { input: z.object({ id: recordIdSchema }), output: eventFlyerSchema }
