import type { ApiContext } from '../context.ts'

export function writeResult(doc: { id: number; slug?: string | null; _status?: string | null; updatedAt: string }) {
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    status: doc._status === 'published' ? ('published' as const) : ('draft' as const),
    updatedAt: doc.updatedAt,
  }
}

/**
 * How a write is done: as the caller, through Payload's access control, attributed to the key.
 * Payload skips field validation when it saves a draft *version* (the admin's autosave needs
 * that), so records that are not published yet are saved as the main document with status
 * draft, fully validated. Only a published record gets a draft version, so the public keeps
 * seeing what was published; what the API changes there is checked by its zod input.
 */
export function writeOptions(ctx: ApiContext) {
  return {
    user: ctx.user,
    overrideAccess: false,
    draft: false,
    depth: 0,
    context: ctx.caller.apiKey ? { apiKeyName: ctx.caller.apiKey.name } : {},
  } as const
}

/** For a published record: the change is saved as a draft version beside what is published. */
export function draftVersionOptions(ctx: ApiContext) {
  return { ...writeOptions(ctx), draft: true } as const
}
