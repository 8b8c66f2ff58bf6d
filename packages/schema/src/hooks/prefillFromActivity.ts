import type { CollectionBeforeChangeHook } from 'payload'
import { relationId } from '../relations.ts'

/**
 * An activity report starts from the activity it reports on: when its councils, districts or
 * place are still empty, they are taken from the first activity it names.
 */
export const prefillFromActivity: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (data.kind !== 'activity-report') return data
  const activityId = relationId(Array.isArray(data.activities) ? data.activities[0] : null)
  if (!activityId) return data
  const noCouncils = !Array.isArray(data.councils) || data.councils.length === 0
  const noDistricts = !Array.isArray(data.districts) || data.districts.length === 0
  const noPlace = !data.place
  if (!noCouncils && !noDistricts && !noPlace) return data
  const activity = await req.payload.findByID({
    collection: 'activities',
    id: activityId,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!activity) return data
  const council = relationId(activity.council)
  const district = relationId(activity.district)
  return {
    ...data,
    councils: noCouncils && council ? [council] : data.councils,
    districts: noDistricts && district ? [district] : data.districts,
    place: noPlace && activity.place ? activity.place : data.place,
  }
}
