import type { ActivityKind, Weekday } from '@oneheart/contract'
import type { ApiContext } from '../context.ts'
import { idsForSlugs } from './slugs.ts'
import { writeOptions, writeResult } from './writes.ts'

export interface ActivityDraftInput {
  name: string
  kind: ActivityKind
  district: string
  slug?: string
  neighbourhood?: string
  place?: string
  frequency?: string
  weekdays?: Weekday[]
  scheduleDetail?: string
  fee?: string
  organiser?: string
  contactName?: string
  contactPhone?: string
  summary?: string
}

/** A new activity as a draft, in the district's council unless told otherwise. */
export async function createDraftActivity(ctx: ApiContext, input: ActivityDraftInput) {
  const [districtId] = (await idsForSlugs(ctx, 'districts', [input.district], 'district'))!
  const district = await ctx.payload.findByID({ collection: 'districts', id: districtId!, depth: 0, select: { council: true } })
  const { district: _slug, frequency, weekdays, scheduleDetail, contactName, contactPhone, ...fields } = input
  const doc = await ctx.payload.create({
    collection: 'activities',
    data: {
      ...fields,
      status: 'active',
      district: districtId!,
      council: typeof district.council === 'object' ? district.council?.id : district.council,
      schedule: { frequency, weekdays, detail: scheduleDetail },
      contact: { name: contactName, phone: contactPhone },
      _status: 'draft',
    },
    ...writeOptions(ctx),
  })
  return writeResult(doc)
}
