import { issueSchema, issueSummarySchema, pageOf } from '@oneheart/contract'
import { z } from 'zod'
import { pageInput } from '../domain/paging.ts'

export const list = {
  input: z.object({ ...pageInput, year: z.number().int().min(2000).max(2100).optional() }).default({ limit: 20 }),
  output: pageOf(issueSummarySchema),
}
export const byNumber = { input: z.object({ number: z.number().int().min(1).max(9999) }), output: issueSchema }
